//! The event-stream fixture over a real socket: an implementation returns typed events, the
//! router frames them as server-sent events, checks each against the spec as it leaves and
//! drops the stream when the client goes away; the generated client reads them typed and
//! resumes with `Last-Event-ID` after the server ends a connection.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use client_runtime::StreamExt as _;
use codegen_fixtures::{events_client as client, events_server as server};
use server::{EventsApi, types};
use server_runtime::sse::{Event, EventStream};

/// Two events per connection, numbered on from the request's `Last-Event-ID`; the third
/// order breaks the spec (a negative total) when `broken` is set; with `endless`, the
/// stream then waits forever, holding `alive` until the router drops it.
#[derive(Default)]
struct Orders {
    asked: Mutex<Vec<Option<String>>>,
    broken: bool,
    endless: bool,
    alive: Arc<AtomicBool>,
}

struct Alive(Arc<AtomicBool>);

impl Drop for Alive {
    fn drop(&mut self) {
        self.0.store(false, Ordering::SeqCst);
    }
}

fn order(id: i64, total: f64) -> types::Order {
    types::Order {
        id,
        status: if id % 2 == 1 {
            types::OrderStatus::Placed
        } else {
            types::OrderStatus::Shipped
        },
        total,
    }
}

impl EventsApi for Orders {
    async fn watch_orders(
        &self,
        request: server::watch_orders::Request,
    ) -> server::watch_orders::Response {
        self.asked
            .lock()
            .unwrap()
            .push(request.last_event_id.clone());
        let first = request
            .last_event_id
            .as_deref()
            .map_or(1, |id| id.parse::<i64>().unwrap() + 1);
        let events: Vec<Event<types::Order>> = (first..first + 2)
            .map(|id| {
                let total = if self.broken && id == 3 { -1.0 } else { 10.0 };
                let name = if id % 2 == 1 {
                    "order.placed"
                } else {
                    "order.shipped"
                };
                Event::new(order(id, total)).id(id.to_string()).event(name)
            })
            .collect();
        if self.endless {
            let alive = Alive(Arc::clone(&self.alive));
            self.alive.store(true, Ordering::SeqCst);
            let forever = futures_util::stream::pending().map(move |never: Event<_>| {
                let _held = &alive;
                never
            });
            let events = futures_util::stream::iter(events).chain(forever);
            return server::watch_orders::Response::Ok(EventStream::new(events));
        }
        server::watch_orders::Response::Ok(EventStream::iter(events))
    }

    async fn watch_ticks(
        &self,
        _request: server::watch_ticks::Request,
    ) -> server::watch_ticks::Response {
        server::watch_ticks::Response::Ok(EventStream::iter(vec![Event::new(
            types::WatchTicksEvent { count: 1 },
        )]))
    }

    async fn get_order(&self, request: server::get_order::Request) -> server::get_order::Response {
        server::get_order::Response::Ok(order(request.order_id, 1.0))
    }
}

async fn start(orders: Orders) -> (String, Arc<Orders>) {
    let orders = Arc::new(orders);
    let base = super::support::serve(server::router(Arc::clone(&orders))).await;
    (base, orders)
}

#[tokio::test]
async fn typed_events_arrive_in_order_and_resume_from_the_last_id() {
    let (base, orders) = start(Orders::default()).await;
    let client = client::Client::new(&base).with_retry_policy(
        client_runtime::RetryPolicy::default().base_delay(Duration::from_millis(10)),
    );
    let events: Vec<_> = client
        .watch_orders()
        .status(client::types::OrderStatus::Placed)
        .events()
        .take(4)
        .collect()
        .await;
    let events: Vec<client_runtime::Event<client::types::Order>> =
        events.into_iter().map(Result::unwrap).collect();
    let ids: Vec<_> = events.iter().map(|event| event.id.as_deref()).collect();
    assert_eq!(ids, [Some("1"), Some("2"), Some("3"), Some("4")]);
    assert_eq!(events[2].data.id, 3);
    assert_eq!(events[2].event.as_deref(), Some("order.placed"));
    assert_eq!(events[1].data.status, client::types::OrderStatus::Shipped);
    assert_eq!(
        *orders.asked.lock().unwrap(),
        [None, Some("2".to_owned())],
        "the second connection resumed after the last id read"
    );
}

#[tokio::test]
async fn the_stream_is_framed_as_server_sent_events() {
    let (base, _) = start(Orders::default()).await;
    let response = reqwest::get(format!("{base}/orders/events")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "text/event-stream");
    assert_eq!(
        response.text().await.unwrap(),
        "data: {\"id\":1,\"status\":\"placed\",\"total\":10.0}\nid: 1\nevent: order.placed\n\n\
         data: {\"id\":2,\"status\":\"shipped\",\"total\":10.0}\nid: 2\nevent: order.shipped\n\n"
    );
    // The filter is still a validated query parameter.
    let refused = reqwest::get(format!("{base}/orders/events?status=lost"))
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
}

#[tokio::test]
async fn an_event_that_breaks_the_spec_ends_the_stream_before_it_leaves() {
    let (base, _) = start(Orders {
        broken: true,
        ..Orders::default()
    })
    .await;
    let response = reqwest::Client::new()
        .get(format!("{base}/orders/events"))
        .header("last-event-id", "2")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.text().await.unwrap(),
        "",
        "order 3 has a negative total: nothing of it is sent"
    );
}

#[tokio::test]
async fn the_router_drops_the_stream_when_the_client_goes_away() {
    let (base, orders) = start(Orders {
        endless: true,
        ..Orders::default()
    })
    .await;
    let client = client::Client::new(&base);
    let mut events = client.watch_orders().events();
    let first = events.next().await.unwrap().unwrap();
    assert_eq!(first.data.id, 1);
    assert!(orders.alive.load(Ordering::SeqCst), "the stream is open");
    drop(events);
    for _ in 0..100 {
        if !orders.alive.load(Ordering::SeqCst) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the implementation's stream outlived its client by a second");
}
