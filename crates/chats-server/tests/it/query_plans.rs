//! Guards: every list filter, search and point read is planned on an index, on both
//! backends. A full scan of a table fails the test (on SQLite, a plan line `SCAN <table>`;
//! on PostgreSQL, a `Seq Scan` even with sequential scans disabled, which means no index can
//! serve the query). These check plans, not timings; `cargo xtask bench` measures.

use chats_api::types::ChannelType;
use chats_server::{
    demo,
    storage::{ChatFilter, PlannedRead, PoolSettings, Postgres, Sqlite, Storage},
    testing::{TempPostgres, postgres_url},
};
use chrono::{Duration, Utc};
use uuid::Uuid;

/// Every filter alone, all combined, and search (long and short), each as a list and as a
/// details list.
fn cases(some_id: Uuid) -> Vec<(&'static str, ChatFilter)> {
    let base = ChatFilter {
        page_number: 3,
        page_size: 10,
        ..ChatFilter::default()
    };
    let ids = vec![some_id, Uuid::new_v4()];
    vec![
        ("default page", base.clone()),
        (
            "channelIds",
            ChatFilter {
                channel_ids: ids.clone(),
                ..base.clone()
            },
        ),
        (
            "channelTypes",
            ChatFilter {
                channel_types: Some(vec![ChannelType::Waha, ChannelType::Api]),
                ..base.clone()
            },
        ),
        (
            "ownerIds",
            ChatFilter {
                owner_ids: ids.clone(),
                ..base.clone()
            },
        ),
        (
            "responderIds",
            ChatFilter {
                responder_ids: ids.clone(),
                ..base.clone()
            },
        ),
        (
            "responderVersionIds",
            ChatFilter {
                responder_version_ids: ids.clone(),
                ..base.clone()
            },
        ),
        (
            "time range",
            ChatFilter {
                last_message_from: Some(Utc::now() - Duration::days(30)),
                last_message_to: Some(Utc::now()),
                ..base.clone()
            },
        ),
        (
            "search",
            ChatFilter {
                search: Some("refund".into()),
                ..base.clone()
            },
        ),
        (
            "short search",
            ChatFilter {
                search: Some("re".into()),
                ..base.clone()
            },
        ),
        (
            "everything",
            ChatFilter {
                channel_ids: ids.clone(),
                channel_types: Some(vec![ChannelType::Whatsapp]),
                owner_ids: ids.clone(),
                responder_ids: ids.clone(),
                responder_version_ids: ids.clone(),
                last_message_from: Some(Utc::now() - Duration::days(30)),
                last_message_to: Some(Utc::now()),
                search: Some("refund".into()),
                ..base.clone()
            },
        ),
        (
            "deep page",
            ChatFilter {
                page_number: 1_000,
                page_size: 100,
                ..base.clone()
            },
        ),
        (
            "cursor page",
            ChatFilter {
                page_number: 1,
                after: Some((Utc::now() - Duration::days(30), some_id)),
                ..base.clone()
            },
        ),
        (
            "cursor page, filtered",
            ChatFilter {
                page_number: 1,
                owner_ids: ids.clone(),
                search: Some("refund".into()),
                after: Some((Utc::now() - Duration::days(30), some_id)),
                ..base
            },
        ),
    ]
}

/// What the guards need of a backend: its plans.
trait Plans: Storage {
    /// The plan of a read, as the backend runs it.
    async fn plan(&self, workspace: Uuid, read: PlannedRead) -> Vec<String>;
    /// The plan lines that read a whole table.
    fn full_scans(plan: &[String]) -> Vec<&String>;

    async fn list_plan(&self, workspace: Uuid, filter: ChatFilter, details: bool) -> Vec<String> {
        self.plan(workspace, PlannedRead::List { filter, details })
            .await
    }
    async fn point_plan(&self, workspace: Uuid, id: Uuid, details: bool) -> Vec<String> {
        self.plan(workspace, PlannedRead::Point { id, details })
            .await
    }
}

impl Plans for Sqlite {
    async fn plan(&self, workspace: Uuid, read: PlannedRead) -> Vec<String> {
        self.explain(workspace, read).await.unwrap()
    }
    fn full_scans(plan: &[String]) -> Vec<&String> {
        plan.iter()
            // `SCAN (subquery-N)` reads a subquery's rows, not a table.
            .filter(|line| {
                line.starts_with("SCAN ")
                    && !line.starts_with("SCAN (")
                    && !line.contains("VIRTUAL TABLE")
            })
            .collect()
    }
}

impl Plans for Postgres {
    async fn plan(&self, workspace: Uuid, read: PlannedRead) -> Vec<String> {
        self.explain(workspace, read).await.unwrap()
    }
    fn full_scans(plan: &[String]) -> Vec<&String> {
        plan.iter()
            .filter(|line| line.contains("Seq Scan"))
            .collect()
    }
}

/// Seeds a small data set and checks the plan of every case and of the point reads.
async fn every_plan_uses_an_index<S: Plans>(storage: S) {
    let workspace = demo::seed(&storage, 300, |_| {}).await.unwrap();
    let first = ChatFilter {
        page_number: 1,
        page_size: 1,
        ..ChatFilter::default()
    };
    let some_chat = storage.list_chats(workspace, first).await.unwrap()[0].id;
    for (name, filter) in cases(some_chat) {
        for details in [false, true] {
            let plan = storage.list_plan(workspace, filter.clone(), details).await;
            let scans = S::full_scans(&plan);
            assert!(
                scans.is_empty(),
                "{name} (details: {details}) scans a table: {plan:#?}"
            );
        }
    }
    for details in [false, true] {
        let plan = storage.point_plan(workspace, some_chat, details).await;
        assert!(
            S::full_scans(&plan).is_empty(),
            "point read scans: {plan:#?}"
        );
    }
}

#[tokio::test]
async fn sqlite_plans_every_list_and_point_read_on_an_index() {
    let dir = tempfile::tempdir().unwrap();
    every_plan_uses_an_index(Sqlite::open(&dir.path().join("chats.db")).unwrap()).await;
}

#[tokio::test]
async fn postgres_plans_every_list_and_point_read_on_an_index() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    every_plan_uses_an_index(
        Postgres::open(&temp.url, PoolSettings::default())
            .await
            .unwrap(),
    )
    .await;
}

/// Not full scans, but as bad at a million chats (BENCHMARKS.md has the numbers from before
/// this guard): a rare search must be answered from the trigram index's matches, not by
/// walking the whole list order and testing each chat; a time range must choose its page
/// from the covering index, not by reading every match's row to sort it.
#[tokio::test]
async fn sqlite_search_and_time_range_read_only_what_they_need() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Sqlite::open(&dir.path().join("chats.db")).unwrap();
    let workspace = demo::seed(&storage, 300, |_| {}).await.unwrap();
    let plan_of = |name: &str| {
        let (_, filter) = cases(Uuid::new_v4())
            .into_iter()
            .find(|(case, _)| *case == name)
            .unwrap();
        filter
    };
    for details in [false, true] {
        let plan = storage
            .explain(
                workspace,
                PlannedRead::List {
                    filter: plan_of("search"),
                    details,
                },
            )
            .await
            .unwrap();
        assert!(
            plan.iter()
                .any(|line| line.contains("SEARCH c USING INTEGER PRIMARY KEY"))
                && !plan.iter().any(|line| line.contains("chats_listed")),
            "a rare search walks the list (details: {details}): {plan:#?}"
        );
        let plan = storage
            .explain(
                workspace,
                PlannedRead::List {
                    filter: plan_of("time range"),
                    details,
                },
            )
            .await
            .unwrap();
        // Per bucket: a probe for any chat, then the walk, in order (no sort of its own);
        // only the merged arms are sorted.
        let walks = plan
            .iter()
            .filter(|line| line.starts_with("SEARCH c USING COVERING INDEX chats_by_message_lag"))
            .count();
        let sorts = plan
            .iter()
            .filter(|line| line.contains("TEMP B-TREE"))
            .count();
        assert!(
            walks == 7 && sorts <= 2 && !plan.iter().any(|line| line.contains("chats_listed")),
            "a time range walks each lag bucket's index alone (details: {details}): {plan:#?}"
        );
        // A keyset page starts its walk of the list order at the cursor (a range of the
        // index, not a skip of every row before it), sorting no more than a default page
        // (which sorts only the page's rows, once read).
        let plan = |name: &str| {
            let storage = &storage;
            let filter = plan_of(name);
            async move {
                storage
                    .explain(workspace, PlannedRead::List { filter, details })
                    .await
                    .unwrap()
            }
        };
        let (cursor, default) = (plan("cursor page").await, plan("default page").await);
        let sorts = |plan: &[String]| {
            plan.iter()
                .filter(|line| line.contains("TEMP B-TREE"))
                .count()
        };
        assert!(
            cursor.iter().any(|line| line
                .starts_with("SEARCH c USING COVERING INDEX chats_listed (workspace_id=? AND (created_at,id)<(?,?))"))
                && sorts(&cursor) == sorts(&default),
            "a cursor page walks the list order from the cursor (details: {details}): \
             {cursor:#?}, beside a default page: {default:#?}"
        );
    }
}

/// The plans PostgreSQL needs at a million chats (BENCHMARKS.md, "PostgreSQL"): a list
/// chooses its page's ids first (a materialized CTE) and joins only those rows; a deep page
/// skips entries of the list order's index without reading rows; a time range walks each lag
/// bucket's index; a search walks a bounded prefix of the list order and asks the trigram
/// index only when that found too few (both arms gated by one-time filters); details are
/// joined to the page, never to the workspace.
#[tokio::test]
async fn postgres_lists_choose_the_page_first_and_read_only_its_rows() {
    let Some(url) = postgres_url() else { return };
    let temp = TempPostgres::create(&url).await;
    let storage = Postgres::open(&temp.url, PoolSettings::default())
        .await
        .unwrap();
    let workspace = demo::seed(&storage, 300, |_| {}).await.unwrap();
    let case = |name: &str| {
        cases(Uuid::new_v4())
            .into_iter()
            .find(|(case, _)| *case == name)
            .unwrap()
            .1
    };
    let count = |plan: &[String], text: &str| plan.iter().filter(|l| l.contains(text)).count();
    for details in [false, true] {
        let plan_of = |name: &str| {
            let filter = case(name);
            let storage = &storage;
            async move {
                storage
                    .explain(workspace, PlannedRead::List { filter, details })
                    .await
                    .unwrap()
            }
        };
        for name in [
            "default page",
            "channelIds",
            "time range",
            "search",
            "deep page",
            "cursor page",
        ] {
            let plan = plan_of(name).await;
            assert!(
                count(&plan, "CTE page") == 1 && count(&plan, "CTE Scan on page") == 1,
                "{name} (details: {details}) does not choose its page first: {plan:#?}"
            );
        }
        let plan = plan_of("deep page").await;
        assert_eq!(
            count(&plan, "Index Only Scan using chats_listed"),
            1,
            "a deep page reads rows to skip them (details: {details}): {plan:#?}"
        );
        // A keyset page is a range of the list order's index, from the cursor.
        let plan = plan_of("cursor page").await;
        assert!(
            count(&plan, "Index Only Scan using chats_listed") == 1
                && count(&plan, "ROW(created_at, id) < ROW(") == 1
                && count(&plan, "Sort") <= count(&plan_of("default page").await, "Sort"),
            "a cursor page does not walk the list order from the cursor (details: {details}): {plan:#?}"
        );
        let plan = plan_of("time range").await;
        assert_eq!(
            count(&plan, "Index Only Scan using chats_by_message_lag"),
            7,
            "a time range does not walk each lag bucket's index alone (details: {details}): {plan:#?}"
        );
        let plan = plan_of("search").await;
        assert!(
            count(&plan, "One-Time Filter") == 2
                && count(&plan, "Bitmap Index Scan on chats_title_trigrams") == 1
                && count(&plan, "using chats_listed") == 1,
            "a search is not a bounded walk with the trigram index behind it (details: {details}): {plan:#?}"
        );
    }
}
