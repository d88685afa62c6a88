//! SQLite's side of the shared decisions: the [`Tx`] of a connection, how each [`Param`] is
//! bound (ids as 16-byte blobs, times as microseconds since the epoch), and how a column is
//! read back ([`Columns`]).

use chrono::{DateTime, Utc};
use rusqlite::{
    Connection, Row, ToSql, params_from_iter,
    types::{ToSqlOutput, Type, Value, ValueRef},
};
use uuid::Uuid;

use crate::storage::{
    rows::Columns,
    writes::{Param, RowMap, Tx},
};

/// A connection (or an open transaction on it) running the shared statements.
pub(super) struct SqliteTx<'c>(pub(super) &'c Connection);

impl Tx for SqliteTx<'_> {
    type Error = rusqlite::Error;

    async fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> rusqlite::Result<u64> {
        let changed = self
            .0
            .prepare_cached(&dialect(sql))?
            .execute(params_from_iter(params))?;
        Ok(changed as u64)
    }

    async fn query<T>(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        map: RowMap<T, rusqlite::Error>,
    ) -> rusqlite::Result<Vec<T>> {
        self.0
            .prepare_cached(&dialect(sql))?
            .query_map(params_from_iter(params), |row| map(row))?
            .collect()
    }
}

/// The shared dialect's `$N` placeholders as SQLite's `?N` (`$N` would be a named parameter,
/// numbered by first appearance rather than by `N`).
fn dialect(sql: &str) -> String {
    sql.replace('$', "?")
}

pub(super) fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

pub(super) fn from_micros(value: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(value).unwrap_or_default()
}

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        match self {
            // Borrowed: `Uuid`'s own binding copies the 16 bytes into a new allocation.
            Param::Uuid(id) => Ok(id.as_ref().map_or(ToSqlOutput::Owned(Value::Null), |id| {
                ToSqlOutput::Borrowed(ValueRef::Blob(id.as_bytes()))
            })),
            Param::Text(text) => text.to_sql(),
            Param::Flag(flag) => flag.to_sql(),
            Param::Number(number) => number.to_sql(),
            Param::Time(at) => Ok(ToSqlOutput::Owned(
                at.map_or(Value::Null, |at| Value::Integer(micros(at))),
            )),
            Param::Bytes(bytes) => bytes.to_sql(),
        }
    }
}

impl Columns for Row<'_> {
    type Error = rusqlite::Error;

    fn uuid(&self, index: usize) -> rusqlite::Result<Option<Uuid>> {
        self.get(index)
    }

    fn text(&self, index: usize) -> rusqlite::Result<Option<String>> {
        self.get(index)
    }

    fn flag(&self, index: usize) -> rusqlite::Result<Option<bool>> {
        self.get(index)
    }

    fn number(&self, index: usize) -> rusqlite::Result<Option<i64>> {
        self.get(index)
    }

    fn time(&self, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(self.get::<_, Option<i64>>(index)?.map(from_micros))
    }

    fn null(&self, index: usize) -> rusqlite::Error {
        rusqlite::Error::InvalidColumnType(index, String::new(), Type::Null)
    }
}
