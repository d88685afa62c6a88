//! The round trip of every test spec: its generated client calls each operation of its
//! generated mock over a socket, with inputs made from the router's schemas, and every answer
//! comes back and deserializes (`codegen::round_trip`, the driver `cargo xtask corpus --wire`
//! runs on the corpus sample): the client and server generators agree on every parameter
//! style, media type and status these specs use.

use codegen_fixtures as fixtures;

#[tokio::test]
async fn every_operation_of_every_test_spec_round_trips() {
    let mut failures = Vec::new();
    for name in fixtures::FIXTURES {
        let base = super::support::serve(fixtures::mock(name, 0).expect("a mock")).await;
        let outcomes = fixtures::round_trip(name, &base, 0)
            .await
            .expect("a round trip");
        // Every operation of the spec (a driver that called none would pass below).
        assert!(!outcomes.is_empty(), "{name}: no operation driven");
        for (operation, outcome) in outcomes {
            if let Err(why) = outcome {
                failures.push(format!("{name} {operation}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
