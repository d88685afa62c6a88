//! PostgreSQL's reads of chats: the details query (the last messages and ticket by `LATERAL`
//! index lookups) and the `WHERE … ORDER BY … LIMIT` of both lists.

use std::sync::LazyLock;

use tokio_postgres::types::ToSql;
use uuid::Uuid;

use crate::storage::{ChatFilter, rows::details_select};

/// The details of chats, `$1` being the responder version to describe (or NULL).
pub(super) static DETAILS_SELECT: LazyLock<String> = LazyLock::new(|| {
    details_select(
        "$1::uuid",
        "LEFT JOIN LATERAL (
    SELECT content, created_at, role FROM messages
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1) m1 ON true
LEFT JOIN LATERAL (
    SELECT content, created_at, role FROM messages
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) m2 ON true
LEFT JOIN LATERAL (
    SELECT id, status FROM tickets
    WHERE workspace_id = c.workspace_id AND chat_id = c.id
    ORDER BY seq DESC LIMIT 1) t ON true",
    )
});

/// A chat's details by id: `$1` the version, `$2` the workspace, `$3` the id.
pub(super) static DETAILS_BY_ID: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} WHERE c.workspace_id = $2 AND c.id = $3",
        *DETAILS_SELECT
    )
});

pub(super) type Param = Box<dyn ToSql + Sync + Send>;

/// List parameters as the driver takes them.
pub(super) fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params
        .iter()
        .map(|p| p.as_ref() as &(dyn ToSql + Sync))
        .collect()
}

/// The `WHERE … ORDER BY … LIMIT … OFFSET …` of a list; its parameters are appended to
/// `params` (numbered after those already there).
pub(super) fn list_clause(workspace: Uuid, filter: &ChatFilter, params: &mut Vec<Param>) -> String {
    let next = |params: &mut Vec<Param>, value: Param| {
        params.push(value);
        format!("${}", params.len())
    };
    let mut sql = format!(
        " WHERE c.workspace_id = {} AND NOT c.is_removed",
        next(params, Box::new(workspace))
    );
    for (column, ids) in filter.id_filters() {
        if !ids.is_empty() {
            let mark = next(params, Box::new(ids.to_vec()));
            sql.push_str(&format!(" AND {column} = ANY({mark})"));
        }
    }
    if let Some(types) = &filter.channel_types {
        let names: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let mark = next(params, Box::new(names));
        sql.push_str(&format!(" AND c.channel_type = ANY({mark})"));
    }
    if let Some(from) = filter.last_message_from {
        let mark = next(params, Box::new(from));
        sql.push_str(&format!(" AND c.last_chat_message_created_at >= {mark}"));
    }
    if let Some(to) = filter.last_message_to {
        let mark = next(params, Box::new(to));
        sql.push_str(&format!(" AND c.last_chat_message_created_at <= {mark}"));
    }
    if let Some(search) = &filter.search {
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let mark = next(params, Box::new(format!("%{escaped}%")));
        sql.push_str(&format!(" AND c.title ILIKE {mark}"));
    }
    let limit = next(
        params,
        Box::new(i64::try_from(filter.page_size).unwrap_or(i64::MAX)),
    );
    let offset = next(params, Box::new(filter.offset().unwrap_or(i64::MAX)));
    sql.push_str(&format!(
        " ORDER BY c.created_at DESC, c.id DESC LIMIT {limit} OFFSET {offset}"
    ));
    sql
}
