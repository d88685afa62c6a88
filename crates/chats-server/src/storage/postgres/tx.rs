//! PostgreSQL's side of the shared decisions: the [`Tx`] of a pooled connection or an open
//! transaction (statements prepared once per connection), how each [`Param`] is bound, and
//! how a column is read back ([`Columns`]).

use chrono::{DateTime, Utc};
use deadpool_postgres::GenericClient;
use tokio_postgres::{
    Row,
    types::{IsNull, ToSql, Type, to_sql_checked},
};
use uuid::Uuid;

use super::classify;
use crate::storage::{
    Result, StorageError,
    rows::Columns,
    writes::{Param, RowMap, Tx},
};

/// A connection or a transaction running the shared statements (already in PostgreSQL's
/// dialect).
pub(super) struct PgTx<'c, C>(pub(super) &'c C);

impl<C: GenericClient> Tx for PgTx<'_, C> {
    type Error = StorageError;

    async fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        let statement = self.0.prepare_cached(sql).await.map_err(classify)?;
        self.0
            .execute(&statement, &bound(params))
            .await
            .map_err(classify)
    }

    async fn query<T>(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
        map: RowMap<T, StorageError>,
    ) -> Result<Vec<T>> {
        let statement = self.0.prepare_cached(sql).await.map_err(classify)?;
        let rows = self
            .0
            .query(&statement, &bound(params))
            .await
            .map_err(classify)?;
        rows.iter().map(|row| map(row)).collect()
    }

    async fn announce(&mut self, workspace: Uuid) -> Result<()> {
        let payload = workspace.to_string();
        self.execute(
            "SELECT pg_notify($1, $2)",
            &[
                Param::Text(Some(super::listen::CHANNEL)),
                Param::Text(Some(&payload)),
            ],
        )
        .await
        .map(drop)
    }
}

/// Parameters as the driver takes them.
fn bound<'a>(params: &'a [Param<'_>]) -> Vec<&'a (dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match *self {
            Param::Uuid(id) => id.to_sql_checked(ty, out),
            Param::Text(text) => text.to_sql_checked(ty, out),
            Param::Flag(flag) => flag.to_sql_checked(ty, out),
            // `integer` columns (a version's number) take an i32.
            Param::Number(number) if *ty == Type::INT4 => {
                i32::try_from(number)?.to_sql_checked(ty, out)
            }
            Param::Number(number) => number.to_sql_checked(ty, out),
            Param::Time(at) => at.to_sql_checked(ty, out),
            Param::Bytes(bytes) => bytes.to_sql_checked(ty, out),
        }
    }

    /// Each variant checks its column's type itself, in `to_sql`.
    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// A column that could not be read as the mapping expects: a schema out of step.
fn unreadable(err: tokio_postgres::Error) -> StorageError {
    StorageError::Internal(format!("reading a column: {err}"))
}

impl Columns for Row {
    type Error = StorageError;

    fn uuid(&self, index: usize) -> Result<Option<Uuid>> {
        self.try_get(index).map_err(unreadable)
    }

    fn text(&self, index: usize) -> Result<Option<String>> {
        self.try_get(index).map_err(unreadable)
    }

    fn flag(&self, index: usize) -> Result<Option<bool>> {
        self.try_get(index).map_err(unreadable)
    }

    fn number(&self, index: usize) -> Result<Option<i64>> {
        if self.columns().get(index).map(|c| c.type_()) == Some(&Type::INT4) {
            let number: Option<i32> = self.try_get(index).map_err(unreadable)?;
            return Ok(number.map(i64::from));
        }
        self.try_get(index).map_err(unreadable)
    }

    fn time(&self, index: usize) -> Result<Option<DateTime<Utc>>> {
        self.try_get(index).map_err(unreadable)
    }

    fn null(&self, index: usize) -> StorageError {
        StorageError::Internal(format!("column {index} is NULL"))
    }
}
