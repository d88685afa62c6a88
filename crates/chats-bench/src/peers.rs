//! `chats-bench peers`: the generated server against the frameworks a team would pick
//! instead, on one point read (`GET /api/v1/chats/{id}`, a chat-sized JSON body), in one run.
//!
//! Each server is a process of its own on loopback, driven in turn by `wrk` (2 threads, 64
//! keep-alive connections), in interleaved rounds; every rate is reported as a ratio of bare
//! axum's in the same round, and the medians of the rounds are the result:
//!
//! - **bare axum**: the ceiling server's bare listener (`ceiling.rs`): a fixed body;
//! - **our layers**: the same handler through the service's layers (`chats_server::http`);
//! - **generated, trivial**: the generated router with a trivial implementation
//!   (`trivial.rs`): auth, path validation, the typed answer checked against the spec, the
//!   request log, request ids: production's settings; and the same with `RUST_LOG=off`,
//!   for the request log's share (the peers write none);
//! - **generated mock**: `chats-server mock` (answers made from the schema per request);
//! - **the service**: `chats-server serve` over a SQLite demo of 20,000 chats, each request
//!   a chat drawn at random among 1,000 (a wrk script), with a real API key: the whole
//!   service as production runs it, storage included;
//! - **poem-openapi**, **dropshot**: `crates/chats-bench/peers` (no request log).

use std::{path::PathBuf, process::Command};

use anyhow::{Context, Result, bail};

use crate::run::processes::{Process, free_address};

#[derive(clap::Args)]
pub struct Args {
    /// The `chats-server` binary (xtask passes the release build).
    #[arg(long)]
    server_bin: PathBuf,
    /// The peers' binary (`crates/chats-bench/peers`, built by xtask into `target/peers`).
    #[arg(long)]
    peers_bin: PathBuf,
    /// The peers' `Cargo.lock`, for the versions measured.
    #[arg(long)]
    peers_lock: PathBuf,
    /// The workspace's `Cargo.lock`, for axum's version.
    #[arg(long)]
    main_lock: PathBuf,
    /// Rounds; each measures every server once.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Seconds of load per server and round.
    #[arg(long, default_value_t = 8)]
    duration: u64,
    /// wrk's connections.
    #[arg(long, default_value_t = 64)]
    connections: usize,
}

/// The id every request reads.
const ID: &str = "3f6c2b1e-8a4d-4c3b-9e2f-1a5b7c9d0e21";

struct Server {
    name: &'static str,
    process: Process,
    path: String,
    /// A wrk script making the requests (the service's random ids and key), if any.
    script: Option<PathBuf>,
}

pub async fn run(args: Args) -> Result<()> {
    if Command::new("wrk").arg("--version").output().is_err() {
        bail!("wrk is not installed: apt-get install wrk");
    }
    let own = std::env::current_exe().context("finding chats-bench")?;
    let dir = tempfile::tempdir()?;
    let chat_path = format!("/api/v1/chats/{ID}");
    let spawn = |name: &'static str, program: &PathBuf, arguments: &[&str], path: &str| {
        let address = free_address()?;
        let mut command = Command::new(program);
        command
            .args(arguments)
            .arg("--listen")
            .arg(address.to_string());
        if name.ends_with("no log") {
            command.env("RUST_LOG", "off");
        }
        Ok::<_, anyhow::Error>(Server {
            name,
            process: Process::spawn(&mut command, address)?,
            path: path.to_owned(),
            script: None,
        })
    };
    let trivial = spawn("generated, trivial", &own, &["trivial"], &chat_path)?;
    trivial.process.ready("/openapi.yaml").await?;
    // The ceiling answers the trivial server's own body, byte for byte.
    let body = crate::load::fetch(
        trivial.process.address,
        Some("bench"),
        crate::load::Request::get(&chat_path),
    )
    .await?
    .1;
    let chat = dir.path().join("chat.json");
    std::fs::write(&chat, &body)?;
    let bare_address = free_address()?;
    let layered_address = free_address()?;
    let mut ceiling = Command::new(&own);
    ceiling
        .arg("ceiling")
        .arg("--listen")
        .arg(layered_address.to_string())
        .arg("--bare-listen")
        .arg(bare_address.to_string())
        .arg("--chat")
        .arg(&chat)
        .arg("--page")
        .arg(&chat);
    let ceiling = Process::spawn(&mut ceiling, layered_address)?;
    ceiling.ready(crate::ceiling::CHAT).await?;
    let servers = vec![
        Server {
            name: "our layers, fixed body",
            process: ceiling,
            path: crate::ceiling::CHAT.to_owned(),
            script: None,
        },
        trivial,
        spawn("generated, trivial, no log", &own, &["trivial"], &chat_path)?,
        spawn("generated mock", &args.server_bin, &["mock"], &chat_path)?,
        spawn("poem-openapi", &args.peers_bin, &["poem"], &chat_path)?,
        spawn("dropshot", &args.peers_bin, &["dropshot"], &chat_path)?,
        service(&args.server_bin, dir.path()).await?,
    ];
    servers[2].process.ready("/openapi.yaml").await?;
    servers[3].process.ready("/openapi.yaml").await?;
    for server in &servers[4..6] {
        server.process.ready(&server.path).await?;
    }
    println!(
        "GET /api/v1/chats/{{id}}, {} B body; wrk -t2 -c{} -d{}s per server and round, {} rounds; \
         versions: {}",
        body.len(),
        args.connections,
        args.duration,
        args.rounds,
        versions(&args.peers_lock, &args.main_lock)?
    );
    let machine = crate::system::Machine::read();
    println!(
        "machine: {}, {} cores, {:.0} GiB",
        machine.cpu_model, machine.cores, machine.memory_gib
    );
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); servers.len()];
    for round in 1..=args.rounds {
        let bare = wrk(
            &args,
            &format!("http://{bare_address}{}", crate::ceiling::CHAT),
            None,
        )?;
        println!(
            "round {round}: bare axum {:.0} req/s, p99 {:.2} ms",
            bare.0, bare.1
        );
        for (index, server) in servers.iter().enumerate() {
            let url = format!("http://{}{}", server.process.address, server.path);
            let (rate, p99) = wrk(&args, &url, server.script.as_deref())?;
            let ratio = rate / bare.0;
            ratios[index].push(ratio);
            println!(
                "round {round}: {:<28} {rate:>9.0} req/s, p99 {p99:>6.2} ms, {ratio:.2} of bare",
                server.name
            );
        }
    }
    println!("medians of the rounds, as a ratio of bare axum in the same round:");
    for (server, mut ratios) in servers.iter().zip(ratios) {
        ratios.sort_by(f64::total_cmp);
        println!("  {:<28} {:.2}", server.name, ratios[ratios.len() / 2]);
    }
    drop(servers);
    Ok(())
}

/// The service over a SQLite demo of 20,000 chats (`chats-server seed-demo`), ready, with a
/// wrk script that reads a chat drawn at random among 1,000 of them with the demo's key.
async fn service(server_bin: &PathBuf, dir: &std::path::Path) -> Result<Server> {
    let url = format!("sqlite://{}", dir.join("demo.db").display());
    let seeded = Command::new(server_bin)
        .args(["seed-demo", "--chats", "20000"])
        .env("CHATS_DATABASE_URL", &url)
        .output()
        .context("seeding the demo")?;
    let printed = String::from_utf8_lossy(&seeded.stdout);
    let key = printed
        .lines()
        .find_map(|line| line.strip_prefix("api-key "))
        .with_context(|| format!("seed-demo printed no key: {printed}"))?
        .to_owned();
    let address = free_address()?;
    let mut command = Command::new(server_bin);
    command
        .args(["serve", "--listen", &address.to_string()])
        .env("CHATS_DATABASE_URL", &url);
    let process = Process::spawn(&mut command, address)?;
    process.ready("/openapi.json").await?;
    let mut ids = Vec::new();
    for page in 1..=10 {
        let path = format!("/api/v1/chats?pageSize=100&pageNumber={}", page * 19);
        let (_, body) =
            crate::load::fetch(address, Some(&key), crate::load::Request::get(&path)).await?;
        let chats: Vec<serde_json::Value> =
            serde_json::from_slice(&body).context("reading a page of the demo")?;
        ids.extend(
            chats
                .iter()
                .filter_map(|chat| chat["id"].as_str().map(str::to_owned)),
        );
    }
    if ids.len() < 1_000 {
        bail!("the demo listed {} chats, not 1,000", ids.len());
    }
    let script = dir.join("service.lua");
    std::fs::write(&script, wrk_script(&ids, &key))?;
    Ok(Server {
        name: "the service, SQLite 20k demo",
        process,
        path: format!("/api/v1/chats/{}", ids[0]),
        script: Some(script),
    })
}

/// A wrk script: each request a `GET /api/v1/chats/{id}` of one of `ids` at random, with `key`.
fn wrk_script(ids: &[String], key: &str) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("\"{id}\"")).collect();
    format!(
        "local ids = {{{}}}\nmath.randomseed(20261206)\n\
         request = function()\n  \
         return wrk.format(\"GET\", \"/api/v1/chats/\" .. ids[math.random(#ids)], \
         {{[\"authorization\"] = \"{key}\"}})\nend\n",
        quoted.join(",")
    )
}

/// One wrk run: requests per second and p99 latency in ms.
fn wrk(args: &Args, url: &str, script: Option<&std::path::Path>) -> Result<(f64, f64)> {
    let mut command = Command::new("wrk");
    if let Some(script) = script {
        command.arg("-s").arg(script);
    }
    let output = command
        .args(["-t2", "--latency", "-H", "authorization: bench"])
        .arg(format!("-c{}", args.connections))
        .arg(format!("-d{}s", args.duration))
        .arg(url)
        .output()
        .context("running wrk")?;
    let text = String::from_utf8_lossy(&output.stdout);
    let rate = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("Requests/sec:"))
        .and_then(|rest| rest.trim().parse().ok())
        .with_context(|| format!("wrk printed no rate for {url}: {text}"))?;
    let p99 = text
        .lines()
        .find_map(|line| line.trim().strip_prefix("99%"))
        .map(str::trim)
        .and_then(latency_ms)
        .with_context(|| format!("wrk printed no p99 for {url}: {text}"))?;
    if text.contains("Non-2xx") {
        bail!("{url} answered errors under load: {text}");
    }
    Ok((rate, p99))
}

/// wrk's latency (`812.00us`, `1.21ms`, `2.00s`) in ms.
fn latency_ms(text: &str) -> Option<f64> {
    let (number, unit) = text.split_at(text.find(|c: char| c.is_ascii_alphabetic())?);
    let number: f64 = number.parse().ok()?;
    match unit {
        "us" => Some(number / 1000.0),
        "ms" => Some(number),
        "s" => Some(number * 1000.0),
        _ => None,
    }
}

/// The measured frameworks' versions, from the lock files.
fn versions(peers_lock: &PathBuf, main_lock: &PathBuf) -> Result<String> {
    let read = |lock: &PathBuf| {
        std::fs::read_to_string(lock).with_context(|| format!("reading {}", lock.display()))
    };
    let (peers, main) = (read(peers_lock)?, read(main_lock)?);
    Ok(format!(
        "poem-openapi {}, poem {}, dropshot {}, axum {} (ours and bare)",
        locked(&peers, "poem-openapi"),
        locked(&peers, "poem"),
        locked(&peers, "dropshot"),
        locked(&main, "axum"),
    ))
}

/// The version of package `name` in a `Cargo.lock`'s text.
fn locked(lock: &str, name: &str) -> String {
    lock.split("[[package]]")
        .find(|package| package.contains(&format!("name = \"{name}\"\n")))
        .and_then(|package| {
            package
                .lines()
                .find_map(|line| line.strip_prefix("version = "))
        })
        .map_or_else(
            || "?".to_owned(),
            |version| version.trim_matches('"').to_owned(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_latencies_read_in_milliseconds() {
        assert_eq!(latency_ms("812.00us"), Some(0.812));
        assert_eq!(latency_ms("1.21ms"), Some(1.21));
        assert_eq!(latency_ms("2.00s"), Some(2000.0));
        assert_eq!(latency_ms("fast"), None);
    }

    #[test]
    fn the_service_s_script_draws_among_the_ids_with_the_key() {
        let script = wrk_script(&["a".into(), "b".into()], "ck_1");
        assert!(
            script.starts_with("local ids = {\"a\",\"b\"}\n"),
            "{script}"
        );
        assert!(script.contains("ids[math.random(#ids)]"), "{script}");
        assert!(
            script.contains("{[\"authorization\"] = \"ck_1\"}"),
            "{script}"
        );
    }

    #[test]
    fn versions_come_from_the_lock_file() {
        let lock = "[[package]]\nname = \"poem\"\nversion = \"3.1.12\"\n\n[[package]]\nname = \"poem-openapi\"\nversion = \"5.1.16\"\n";
        assert_eq!(locked(lock, "poem"), "3.1.12");
        assert_eq!(locked(lock, "poem-openapi"), "5.1.16");
        assert_eq!(locked(lock, "dropshot"), "?");
    }
}
