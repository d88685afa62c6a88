//! The run of one size: its database, the service's replicas (and HAProxy, and the observed
//! replicas), the sample of ids, the ceiling, every scenario at every connection count, and
//! the read-back of every chat created.

use std::{path::Path, sync::Arc, time::Duration};

use anyhow::{Result, bail};
use hyper::StatusCode;

use super::{
    database,
    measure::{Target, ceiling_rows, measure, telemetry_cost},
    processes::{self, Process},
};
use crate::{
    Backend, Balancer, RunArgs, ceiling,
    load::{self, Request},
    report::{self, Row},
    scenarios::{self, Created, Sample, Scenario, Shape},
    system,
};

/// Runs every scenario at the size of `chats` into `report`; the unexpected answers go to
/// `failures`. `full` (the largest size) runs the writes too, at every connection count.
pub(super) async fn run(
    args: &RunArgs,
    workdir: &Path,
    chats: usize,
    full: bool,
    report: &mut report::Run,
    failures: &mut Vec<String>,
) -> Result<()> {
    let (database, key) = database::prepare(args, workdir, chats, &mut report.loads).await?;
    let servers = processes::start_replicas(args, &database.url).await?;
    let observed = if args.telemetry {
        Some(processes::start_observed(args, &database.url).await?)
    } else {
        None
    };
    let client =
        chats_client::Client::with_api_key(&format!("http://{}", servers[0].address), &key)?;
    let sample = Arc::new(Sample::take(&client, chats, args.sample_pages).await?);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle = servers
        .iter()
        .filter_map(|s| system::rss_mib(s.pid()))
        .fold(0.0, f64::max);
    report.idle_rss_mib.push((chats, idle));
    let balancer = match args.balancer {
        Some(Balancer::Haproxy) => Some(processes::haproxy(&servers).await?),
        None => None,
    };
    let target = service_target(args, &servers, balancer.as_ref(), &key);
    let levels: Vec<usize> = if full {
        args.connections.clone()
    } else {
        vec![8]
    };

    let created = Arc::new(Created::default());
    let scenarios = chosen_scenarios(args, &sample, &created, full);
    // The ceilings of the body shapes the scenarios answer (an `--only` run may need one).
    let shapes: Vec<Shape> = scenarios.iter().map(|scenario| scenario.shape).collect();
    let ceilings = measure_ceilings(
        args,
        workdir,
        chats,
        &servers[0],
        &key,
        &sample,
        (&levels, &shapes),
    )
    .await?;
    report.ceiling.extend(ceilings.iter().cloned());

    let size = Size {
        args,
        chats,
        full,
        levels,
        target,
        observed: observed
            .as_ref()
            .map(|observed| observed.replicas.as_slice()),
        ceilings,
    };
    for scenario in &scenarios {
        size.scenario(scenario, &created, report, failures).await?;
    }
    if full && args.only.is_none() {
        report
            .notes
            .push(verify_created(&size.target, &created).await?);
    }
    if args.keep_serving {
        eprintln!(
            "serving on http://{} (pid {}) with api key {key}; interrupt to stop",
            servers[0].address,
            servers[0].pid()
        );
        let _ = tokio::signal::ctrl_c().await;
    }
    drop(size);
    drop(balancer);
    drop(servers);
    if let Some(observed) = observed {
        observed.scraper.abort();
        drop(observed.replicas);
    }
    Ok(())
}

/// The target of the service's measurements: the balancer when there is one, else the
/// replicas, with the CPU time of all of them counted.
fn service_target<'a>(
    args: &RunArgs,
    servers: &[Process],
    balancer: Option<&Process>,
    key: &'a str,
) -> Target<'a> {
    Target {
        addresses: match balancer {
            Some(balancer) => vec![balancer.address],
            None => servers.iter().map(|s| s.address).collect(),
        },
        pids: servers.iter().chain(balancer).map(Process::pid).collect(),
        api_key: Some(key),
        database: args.backend == Backend::Postgres,
    }
}

/// The ceiling's rows, with bodies captured from the service (`server`) now.
async fn measure_ceilings(
    args: &RunArgs,
    workdir: &Path,
    chats: usize,
    server: &Process,
    key: &str,
    sample: &Sample,
    (levels, shapes): (&[usize], &[Shape]),
) -> Result<Vec<Row>> {
    let fetch = |target: String| load::fetch(server.address, Some(key), Request::get(target));
    let (_, chat_body) = fetch(format!("/api/v1/chats/{}", sample.chats[0].id)).await?;
    let (_, page_body) = fetch("/api/v1/chats/details?pageSize=10".to_owned()).await?;
    let bodies = (&chat_body, &page_body);
    ceiling_rows(args, workdir, chats, bodies, (levels, shapes)).await
}

/// The scenarios of a size: the reads, the writes too at the largest (`full`), and only
/// those `--only` names.
fn chosen_scenarios(
    args: &RunArgs,
    sample: &Arc<Sample>,
    created: &Arc<Created>,
    full: bool,
) -> Vec<Scenario> {
    let mut scenarios = scenarios::reads(sample);
    if full {
        scenarios.extend(scenarios::writes(sample, created));
    }
    if let Some(only) = &args.only {
        scenarios.retain(|scenario| scenario.name.contains(only.as_str()));
    }
    scenarios
}

/// What every scenario of one size is measured with.
struct Size<'a> {
    args: &'a RunArgs,
    chats: usize,
    /// The largest size: every connection count, and the open-loop runs.
    full: bool,
    /// The connection counts measured.
    levels: Vec<usize>,
    target: Target<'a>,
    /// The replicas with telemetry on, when `--telemetry` compares them.
    observed: Option<&'a [Process]>,
    ceilings: Vec<Row>,
}

impl Size<'_> {
    /// Measures `scenario` at every connection count (and open loop, where it is paced),
    /// with the cost of telemetry beside it when asked.
    async fn scenario(
        &self,
        scenario: &Scenario,
        created: &Created,
        report: &mut report::Run,
        failures: &mut Vec<String>,
    ) -> Result<()> {
        let (args, target, chats, levels) = (self.args, &self.target, self.chats, &self.levels);
        for (i, &connections) in levels.iter().enumerate() {
            created.ration(levels.len() - i);
            let mut measured = measure(args, target, chats, scenario, connections, None).await?;
            measured.row.ratio = self.ratio_to_ceiling(&measured.row);
            if scenario.keep_bodies {
                created.add(&measured.outcome.bodies)?;
            }
            if measured.row.errors > 0 {
                failures.push(format!(
                    "{} at {connections} connections ({chats} chats): {} unexpected answers, first: {}",
                    scenario.name,
                    measured.row.errors,
                    measured.outcome.first_error.unwrap_or_default()
                ));
            }
            let best = measured.row.per_second;
            if let Some(observed) = self.observed
                && !scenario.keep_bodies
            {
                let note = telemetry_cost(
                    args,
                    target,
                    observed,
                    chats,
                    scenario,
                    connections,
                    (measured.row.per_second, measured.row.cpu_service_us),
                )
                .await?;
                eprintln!("  {note}");
                report.notes.push(note);
            }
            report.rows.push(measured.row);
            // Latency at half the rate reached at the most connections, open loop.
            let open_loop = self.full
                && scenario.paced
                && Some(&connections) == levels.iter().max()
                && levels.len() > 1;
            // Paced at 8 connections (or the fewest above one): latency at a rate, not
            // the latency of a queue of 64.
            let paced = levels
                .iter()
                .copied()
                .find(|c| *c >= 8)
                .unwrap_or(connections);
            if open_loop && best > 0.0 {
                let half = measure(args, target, chats, scenario, paced, Some(best / 2.0)).await?;
                report.rows.push(half.row);
            }
        }
        Ok(())
    }

    /// A row's requests per second over the bare ceiling's, at the same connection count and
    /// body shape.
    fn ratio_to_ceiling(&self, row: &Row) -> Option<f64> {
        self.ceilings
            .iter()
            .find(|c| {
                c.scenario.starts_with(ceiling::BARE)
                    && c.shape == row.shape
                    && c.connections == row.connections
                    && c.rate.is_none()
            })
            .filter(|c| c.per_second > 0.0)
            .map(|c| row.per_second / c.per_second)
    }
}

/// Reads back every chat POST acknowledged, round-robin over the replicas.
async fn verify_created(target: &Target<'_>, created: &Created) -> Result<String> {
    let ids = created.all();
    let mut missing = 0;
    for (i, id) in ids.iter().enumerate() {
        let address = target.addresses[i % target.addresses.len()];
        let (status, _) = load::fetch(
            address,
            target.api_key,
            Request::get(format!("/api/v1/chats/{id}")),
        )
        .await?;
        if status != StatusCode::OK {
            missing += 1;
        }
    }
    if missing > 0 {
        bail!(
            "{missing} of {} chats acknowledged by POST could not be read back",
            ids.len()
        );
    }
    Ok(format!(
        "Every one of the {} chats acknowledged by POST was read back afterwards{}; none was lost.",
        ids.len(),
        if target.addresses.len() > 1 {
            ", round-robin over the replicas"
        } else {
            ""
        }
    ))
}
