//! SQLite's reads of chats: the details query, the list queries (a page chosen from an index,
//! then only its rows read) and search (the trigram index's matches, or a walk of the list
//! order), and the query plans the guards check.

use std::sync::LazyLock;

use rusqlite::{Connection, Row, params, params_from_iter, types::Value};
use uuid::Uuid;

use super::{schema::fold, tx::micros};
use crate::storage::{
    ChatFilter,
    rows::{CHAT_COLUMNS, details_select},
};

/// The details of chats, `?1` being the responder version to describe (or NULL). The last
/// two messages and the last ticket are found by index (a correlated `LIMIT`), then joined
/// by primary key.
pub(super) static DETAILS_SELECT: LazyLock<String> = LazyLock::new(|| {
    details_select(
        "?1",
        "chats c",
        "LEFT JOIN messages m1 ON m1.workspace_id = c.workspace_id AND m1.id = (
    SELECT id FROM messages WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1)
LEFT JOIN messages m2 ON m2.workspace_id = c.workspace_id AND m2.id = (
    SELECT id FROM messages WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1)
LEFT JOIN tickets t ON t.seq = (
    SELECT seq FROM tickets WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY seq DESC LIMIT 1)",
    )
});

/// A chat by id: `?1` the workspace, `?2` the id.
pub(super) static CHAT_BY_ID: LazyLock<String> = LazyLock::new(|| {
    format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.workspace_id = ?1 AND c.id = ?2")
});

/// A chat's details by id: `?1` the version, `?2` the workspace, `?3` the id.
pub(super) static DETAILS_BY_ID: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} WHERE c.workspace_id = ?2 AND c.id = ?3",
        *DETAILS_SELECT
    )
});

/// A chat's lag bucket (`storage::LAG_BUCKETS`), exactly as the index `chats_by_message_lag`
/// (migration 0003) computes it: SQLite uses an index on an expression only for the same
/// expression, and then reads it from the index alone.
pub(super) const LAG_BUCKET: &str = "(CASE WHEN last_chat_message_created_at IS NULL THEN NULL \
WHEN last_chat_message_created_at - created_at < 0 THEN 0 \
WHEN last_chat_message_created_at - created_at < 3600000000 THEN 1 \
WHEN last_chat_message_created_at - created_at < 86400000000 THEN 2 \
WHEN last_chat_message_created_at - created_at < 604800000000 THEN 3 \
WHEN last_chat_message_created_at - created_at < 2592000000000 THEN 4 \
WHEN last_chat_message_created_at - created_at < 31536000000000 THEN 5 ELSE 6 END)";

/// A search matching at most this many titles is answered from the title index's matches
/// (a row lookup each, then a sort); a commoner one by walking the list order's index and
/// testing each title, which reaches a page of matches after a few hundred rows.
const SEARCH_CANDIDATES: usize = 2_000;

/// How a list query applies `search`.
enum Search {
    None,
    /// The ids (`seq`) of every title that matches, as a JSON array.
    Candidates(String),
    /// Test each title with `contains_folded` (the needle already folded).
    Scan(String),
}

fn blob(id: Uuid) -> Value {
    Value::Blob(id.as_bytes().to_vec())
}

/// How `search` is applied: from the trigram index's matches when they are few, else by
/// testing titles in list order.
fn search(c: &Connection, needle: Option<&str>) -> rusqlite::Result<Search> {
    let Some(needle) = needle else {
        return Ok(Search::None);
    };
    // Too short for trigrams: test each title.
    if needle.chars().count() < 3 {
        return Ok(Search::Scan(fold(needle)));
    }
    // The trigram index: a quoted phrase matches the text as a substring.
    let phrase = format!("\"{}\"", needle.replace('"', "\"\""));
    let candidates: Vec<i64> = c
        .prepare_cached(
            "SELECT rowid FROM chats_title_search WHERE chats_title_search MATCH ? LIMIT ?",
        )?
        .query_map(params![phrase, SEARCH_CANDIDATES as i64 + 1], |row| {
            row.get(0)
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(if candidates.len() <= SEARCH_CANDIDATES {
        Search::Candidates(serde_json::to_string(&candidates).unwrap_or_default())
    } else {
        Search::Scan(fold(needle))
    })
}

/// The SQL and values of one page of a list (details when `details`). The page is chosen
/// from an index alone where one covers the filter (`seq` of the page's rows, in order,
/// skipping `offset` index entries without reading the table), then only the page's rows
/// are read.
pub(super) fn list_query(
    c: &Connection,
    workspace: Uuid,
    filter: &ChatFilter,
    details: bool,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let search = search(c, filter.search.as_deref())?;
    let mut values = if details {
        vec![Value::Null]
    } else {
        Vec::new()
    };
    // With candidates, the rows are looked up by `seq` and nothing else.
    let from = if matches!(search, Search::Candidates(_)) {
        "chats c NOT INDEXED"
    } else {
        "chats c"
    };
    let mut filters = " WHERE c.workspace_id = ? AND c.is_removed = 0".to_owned();
    let mut filter_values = vec![blob(workspace)];
    for (column, ids) in filter.id_filters() {
        if !ids.is_empty() {
            let marks = vec!["?"; ids.len()].join(", ");
            filters.push_str(&format!(" AND {column} IN ({marks})"));
            filter_values.extend(ids.iter().copied().map(blob));
        }
    }
    if let Some(types) = &filter.channel_types {
        let marks = vec!["?"; types.len().max(1)].join(", ");
        filters.push_str(&format!(" AND c.channel_type IN ({marks})"));
        if types.is_empty() {
            filter_values.push(Value::Null);
        }
        filter_values.extend(types.iter().map(|t| Value::Text(t.to_string())));
    }
    if let Some(from) = filter.last_message_from {
        filters.push_str(" AND c.last_chat_message_created_at >= ?");
        filter_values.push(Value::Integer(micros(from)));
    }
    if let Some(to) = filter.last_message_to {
        filters.push_str(" AND c.last_chat_message_created_at <= ?");
        filter_values.push(Value::Integer(micros(to)));
    }
    if let Some((created_at, id)) = filter.after {
        // A row value: a range of the list order's index, walked from the cursor.
        filters.push_str(" AND (c.created_at, c.id) < (?, ?)");
        filter_values.push(Value::Integer(micros(created_at)));
        filter_values.push(blob(id));
    }
    match search {
        Search::None => {}
        Search::Candidates(ids) => {
            filters.push_str(" AND c.seq IN (SELECT value FROM json_each(?))");
            filter_values.push(Value::Text(ids));
        }
        Search::Scan(needle) => {
            filters.push_str(" AND contains_folded(c.title, ?)");
            filter_values.push(Value::Text(needle));
        }
    }
    const PAGE_ORDER: &str = " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?";
    let sql = match filter.lag_ranges() {
        None => {
            values.extend(filter_values);
            format!(
                "SELECT c.seq FROM {from}{filters} ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?"
            )
        }
        // A window: one walk of the list order per lag bucket (`LAG_BUCKETS`), merged.
        Some(ranges) => {
            let arms: Vec<String> = ranges
                .into_iter()
                .map(|range| {
                    values.extend(filter_values.iter().cloned());
                    // A bucket without chats costs one probe of its index (a scalar
                    // subquery, run once; `EXISTS` would become a join and lose the order): the other filters' index, which the planner may
                    // prefer for the arm, is then not walked for nothing.
                    let mut arm = format!(
                        "SELECT * FROM (SELECT c.seq, c.created_at, c.id FROM {from}{filters} \
                         AND {LAG_BUCKET} = {bucket} AND (SELECT 1 FROM chats \
                         WHERE workspace_id = ? AND is_removed = 0 \
                         AND last_chat_message_created_at IS NOT NULL AND {LAG_BUCKET} = {bucket} \
                         LIMIT 1) IS NOT NULL",
                        bucket = range.bucket
                    );
                    values.push(blob(workspace));
                    if let Some(after) = range.created_after {
                        arm.push_str(" AND c.created_at > ?");
                        values.push(Value::Integer(micros(after)));
                    }
                    if let Some(most) = range.created_at_most {
                        arm.push_str(" AND c.created_at <= ?");
                        values.push(Value::Integer(micros(most)));
                    }
                    arm.push_str(" ORDER BY c.created_at DESC, c.id DESC LIMIT ?)");
                    values.push(Value::Integer(filter.rows_to_page_end()));
                    arm
                })
                .collect();
            format!("SELECT seq FROM ({}){PAGE_ORDER}", arms.join(" UNION ALL "))
        }
    };
    values.push(Value::Integer(
        i64::try_from(filter.page_size).unwrap_or(i64::MAX),
    ));
    values.push(Value::Integer(filter.offset().unwrap_or(i64::MAX)));
    const ORDER: &str = " ORDER BY c.created_at DESC, c.id DESC";
    let sql = if details {
        // `?1` is the responder version (none in lists); the rest are numbered after it.
        format!(
            "{} WHERE c.seq IN ({}){ORDER}",
            *DETAILS_SELECT,
            renumber(&sql, 2)
        )
    } else {
        format!("SELECT {CHAT_COLUMNS} FROM chats c WHERE c.seq IN ({sql}){ORDER}")
    };
    Ok((sql, values))
}

/// Runs a list query. A search runs two statements (the probe and the page); both see the
/// same snapshot, as every work of a reader runs in a read transaction (`pool::Pool`).
pub(super) fn list<T>(
    c: &Connection,
    workspace: Uuid,
    filter: &ChatFilter,
    details: bool,
    row: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let (sql, values) = list_query(c, workspace, filter, details)?;
    c.prepare_cached(&sql)?
        .query_map(params_from_iter(values.iter()), row)?
        .collect()
}

/// The `EXPLAIN QUERY PLAN` detail lines of a statement.
pub(super) fn explain(
    c: &Connection,
    sql: &str,
    values: Vec<Value>,
) -> rusqlite::Result<Vec<String>> {
    let mut statement = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let rows = statement.query_map(params_from_iter(values.iter()), |row| {
        row.get::<_, String>(3)
    })?;
    rows.collect()
}

/// `?` placeholders numbered from `first` (`?2`, `?3`, …), for clauses appended after
/// numbered ones.
fn renumber(clause: &str, first: usize) -> String {
    let mut out = String::with_capacity(clause.len() + 16);
    let mut next = first;
    let mut in_quote = false;
    for ch in clause.chars() {
        match ch {
            '\'' => {
                in_quote = !in_quote;
                out.push(ch);
            }
            '?' if !in_quote => {
                out.push_str(&format!("?{next}"));
                next += 1;
            }
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lag_bucket_is_the_indexed_expression_and_the_shared_buckets() {
        let migration = include_str!("../../../migrations/sqlite/0003_last_message_lag.sql");
        assert!(migration.contains(LAG_BUCKET), "{LAG_BUCKET}");
        // The thresholds are LAG_BUCKETS' bounds, in microseconds, in order.
        let mut thresholds = Vec::new();
        for (_, high) in crate::storage::LAG_BUCKETS {
            if let Some(high) = high {
                thresholds.push(format!("< {} THEN", high * 1_000_000));
            }
        }
        let mut rest = LAG_BUCKET;
        for threshold in thresholds {
            let at = rest
                .find(&threshold)
                .unwrap_or_else(|| panic!("{threshold}"));
            rest = &rest[at..];
        }
    }

    #[test]
    fn renumbering_skips_quoted_question_marks() {
        assert_eq!(
            renumber(" WHERE a = ? AND b LIKE '?' AND c = ?", 2),
            " WHERE a = ?2 AND b LIKE '?' AND c = ?3"
        );
    }
}
