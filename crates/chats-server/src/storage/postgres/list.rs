//! PostgreSQL's reads of chats: the details query (the last messages and ticket by `LATERAL`
//! index lookups) and both lists (the page's ids first, then its rows).

use std::sync::LazyLock;

use tokio_postgres::types::ToSql;
use uuid::Uuid;

use crate::storage::{
    ChatFilter,
    rows::{CHAT_COLUMNS, details_select},
};

/// The joins of a chat's last two messages and last ticket: `LATERAL` index lookups.
const LATEST: &str = "LEFT JOIN LATERAL (
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
    ORDER BY seq DESC LIMIT 1) t ON true";

/// A chat's details by id: `$1` the version, `$2` the workspace, `$3` the id.
pub(super) static DETAILS_BY_ID: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} WHERE c.workspace_id = $2 AND c.id = $3",
        details_select("$1::uuid", "chats c", LATEST)
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

/// A list's SQL: the page's ids are chosen first, from an index alone where one covers the
/// filter (a `MATERIALIZED` CTE, which the planner cannot fold into the outer query), then
/// only those rows are read and, for details, joined. Parameters are appended to `params`
/// (numbered after those already there).
pub(super) fn list_query(
    workspace: Uuid,
    filter: &ChatFilter,
    details: bool,
    params: &mut Vec<Param>,
) -> String {
    let next = |params: &mut Vec<Param>, value: Param| {
        params.push(value);
        format!("${}", params.len())
    };
    let workspace_mark = next(params, Box::new(workspace));
    let mut filters = format!(" WHERE c.workspace_id = {workspace_mark} AND NOT c.is_removed");
    for (column, ids) in filter.id_filters() {
        if !ids.is_empty() {
            let mark = next(params, Box::new(ids.to_vec()));
            filters.push_str(&format!(" AND {column} = ANY({mark})"));
        }
    }
    if let Some(types) = &filter.channel_types {
        let names: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let mark = next(params, Box::new(names));
        filters.push_str(&format!(" AND c.channel_type = ANY({mark})"));
    }
    if let Some(from) = filter.last_message_from {
        let mark = next(params, Box::new(from));
        filters.push_str(&format!(" AND c.last_chat_message_created_at >= {mark}"));
    }
    if let Some(to) = filter.last_message_to {
        let mark = next(params, Box::new(to));
        filters.push_str(&format!(" AND c.last_chat_message_created_at <= {mark}"));
    }
    if let Some((created_at, id)) = filter.after {
        let (at, id) = (
            next(params, Box::new(created_at)),
            next(params, Box::new(id)),
        );
        filters.push_str(&format!(" AND (c.created_at, c.id) < ({at}, {id})"));
    }
    let search = filter.search.as_deref().map(|search| {
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let mark = next(params, Box::new(format!("%{escaped}%")));
        (search.chars().count(), format!(" AND c.title ILIKE {mark}"))
    });
    const ORDER: &str = " ORDER BY c.created_at DESC, c.id DESC";
    let limit = next(
        params,
        Box::new(i64::try_from(filter.page_size).unwrap_or(i64::MAX)),
    );
    let offset = next(params, Box::new(filter.offset().unwrap_or(i64::MAX)));
    let paged = |from: &str| {
        format!("SELECT c.id, c.created_at FROM {from}{ORDER} LIMIT {limit} OFFSET {offset}")
    };
    let page = match (filter.lag_ranges(), search) {
        // A window: one walk of the list order per lag bucket (`LAG_BUCKETS`), merged.
        (Some(ranges), search) => {
            let search = search.map(|(_, clause)| clause).unwrap_or_default();
            let end = next(params, Box::new(filter.rows_to_page_end()));
            let arms: Vec<String> = ranges
                .into_iter()
                .map(|range| {
                    let mut arm = format!(
                        "(SELECT c.id, c.created_at FROM chats c{filters}{search} \
                         AND c.last_message_lag = {}",
                        range.bucket
                    );
                    if let Some(after) = range.created_after {
                        let mark = next(params, Box::new(after));
                        arm.push_str(&format!(" AND c.created_at > {mark}"));
                    }
                    if let Some(most) = range.created_at_most {
                        let mark = next(params, Box::new(most));
                        arm.push_str(&format!(" AND c.created_at <= {mark}"));
                    }
                    arm.push_str(&format!("{ORDER} LIMIT {end})"));
                    arm
                })
                .collect();
            paged(&format!("({}) c", arms.join(" UNION ALL ")))
        }
        // Too short for trigrams: walk the list order testing each title.
        (None, Some((length, search))) if length < 3 => paged(&format!("chats c{filters}{search}")),
        // A search: walk the first `SEARCH_WALK` chats of the list order testing each title,
        // which fills the page when the text is common; when that found too few, the text
        // is rare, and its matches come from the trigram index (all of them, a bitmap), then
        // sorted. One statement: the choice is a one-time filter on the walk's count.
        (None, Some((_, search))) => {
            let end = filter.rows_to_page_end();
            // A power of two: a literal in the SQL, so few statements to prepare.
            let walk = (end
                .saturating_mul(SEARCH_WALK_PER_ROW)
                .clamp(SEARCH_WALK.0, SEARCH_WALK.1) as u64)
                .next_power_of_two();
            let end = next(params, Box::new(end));
            let walked = format!(
                "(SELECT c.id, c.created_at, c.title FROM chats c{filters}{ORDER} LIMIT {walk}) c"
            );
            return finish(
                &format!(
                    "walk AS MATERIALIZED (SELECT c.id, c.created_at FROM {walked} \
                     WHERE true{search}{ORDER} LIMIT {end}), page AS MATERIALIZED ({})",
                    paged(&format!(
                        "((SELECT c.id, c.created_at FROM walk c \
                         WHERE (SELECT count(*) FROM walk) >= {end}) UNION ALL \
                         (SELECT c.id, c.created_at FROM chats c{filters}{search} \
                         AND (SELECT count(*) FROM walk) < {end})) c"
                    ))
                ),
                &workspace_mark,
                details,
            );
        }
        (None, None) => paged(&format!("chats c{filters}")),
    };
    finish(
        &format!("page AS MATERIALIZED ({page})"),
        &workspace_mark,
        details,
    )
}

/// A search walks at least the first `.0` and at most `.1` chats of the list order before
/// it asks the trigram index instead…
const SEARCH_WALK: (i64, i64) = (1_024, 16_384);
/// …and `SEARCH_WALK_PER_ROW` per row up to the page's end: a text in fewer than one title
/// in 100 is then found through the index (BENCHMARKS.md, "Search on PostgreSQL").
const SEARCH_WALK_PER_ROW: i64 = 100;

/// The whole statement: `ctes` (which define `page`), then the page's rows, of chats or of
/// their details, in list order.
fn finish(ctes: &str, workspace_mark: &str, details: bool) -> String {
    let from = format!("page p JOIN chats c ON c.workspace_id = {workspace_mark} AND c.id = p.id");
    let select = if details {
        details_select("$1::uuid", &from, LATEST)
    } else {
        format!("SELECT {CHAT_COLUMNS} FROM {from}")
    };
    format!("WITH {ctes} {select} ORDER BY p.created_at DESC, p.id DESC")
}

#[cfg(test)]
mod tests {
    /// The generated column of migration 0002 buckets lags at `LAG_BUCKETS`' bounds, in
    /// order (hours in the migration, seconds in Rust): a drift would list the chats near a
    /// bound in the wrong walk.
    #[test]
    fn the_lag_column_uses_the_shared_buckets() {
        let migration = include_str!("../../../migrations/postgres/0002_last_message_lag.sql");
        let mut rest = migration;
        for (bucket, (_, high)) in crate::storage::LAG_BUCKETS.iter().enumerate() {
            let threshold = match high {
                Some(0) => "< interval '0' THEN 0".to_owned(),
                Some(3_600) => "< interval '1 hour' THEN 1".to_owned(),
                Some(high) => format!("< interval '{} hours' THEN {bucket}", high / 3_600),
                None => format!("ELSE {bucket}"),
            };
            let at = rest
                .find(&threshold)
                .unwrap_or_else(|| panic!("{threshold} is not next in the migration"));
            rest = &rest[at..];
        }
    }
}
