//! The report: Markdown tables of one run, written between markers into a file (so that
//! BENCHMARKS.md keeps its hand-written analysis around the generated tables).

use std::{fmt::Write as _, path::Path};

use anyhow::{Context, Result};

use crate::{scenarios::Shape, system::Machine};

/// An open-loop row whose sends lagged their schedule by more than this at p99 fell behind
/// (tokio's timer ticks in milliseconds: below it, the lag is the timer's).
pub const LAG_BEHIND_MS: f64 = 1.0;

/// One measured row.
#[derive(Clone, Debug)]
pub struct Row {
    pub chats: usize,
    pub scenario: String,
    pub shape: Shape,
    pub connections: usize,
    /// Open-loop runs: the rate asked for, and the p99 of how late requests were sent.
    pub rate: Option<f64>,
    pub lag_p99_ms: Option<f64>,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub errors: u64,
    pub requests: usize,
    /// The highest resident memory of a service process during the run.
    pub rss_mib: f64,
    /// CPU time per answered request, in microseconds: the service processes, the database
    /// server (PostgreSQL only), and the harness itself (load generator).
    pub cpu_service_us: f64,
    pub cpu_database_us: Option<f64>,
    pub cpu_bench_us: f64,
    /// Requests per second over the ceiling's, at the same connection count and body shape.
    pub ratio: Option<f64>,
}

/// What a whole run says about itself.
#[derive(Clone, Debug)]
pub struct Run {
    pub title: String,
    pub machine: Machine,
    pub date: String,
    pub commit: String,
    pub command: String,
    pub notes: Vec<String>,
    pub loads: Vec<(usize, f64)>,
    pub idle_rss_mib: Vec<(usize, f64)>,
    pub ceiling: Vec<Row>,
    pub rows: Vec<Row>,
}

impl Row {
    /// An open-loop row's send lag at p99, when its sends fell behind their schedule.
    pub fn fell_behind(&self) -> Option<f64> {
        self.lag_p99_ms.filter(|&lag| lag > LAG_BEHIND_MS)
    }
}

fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.1}")
    }
}

impl Run {
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let m = &self.machine;
        let _ = writeln!(out, "### {}\n", self.title);
        let _ = writeln!(
            out,
            "Measured {} on {} cores ({}), {:.1} GiB, Linux {}, at commit `{}`, with `{}`.\n",
            self.date, m.cores, m.cpu_model, m.memory_gib, m.kernel, self.commit, self.command
        );
        for note in &self.notes {
            let _ = writeln!(out, "- {note}");
        }
        if !self.notes.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "| chats | loaded in | service RSS, idle after load |");
        let _ = writeln!(out, "|---:|---:|---:|");
        for (chats, seconds) in &self.loads {
            let idle = self
                .idle_rss_mib
                .iter()
                .find(|(size, _)| size == chats)
                .map_or_else(|| "-".to_owned(), |(_, mib)| format!("{mib:.1} MiB"));
            let _ = writeln!(out, "| {chats} | {seconds:.1} s | {idle} |");
        }
        out.push('\n');
        let _ = writeln!(
            out,
            "**Ceilings** (fixed bodies, no database; bare axum, and through the service's layers and HTTP server; \"vs ceiling\" below is against the bare one):\n"
        );
        table(&mut out, &self.ceiling, false);
        let sizes: Vec<usize> = {
            let mut sizes: Vec<usize> = self.rows.iter().map(|row| row.chats).collect();
            sizes.dedup();
            sizes
        };
        for size in &sizes {
            let _ = writeln!(out, "**{size} chats**:\n");
            let rows: Vec<Row> = self
                .rows
                .iter()
                .filter(|row| row.chats == *size)
                .cloned()
                .collect();
            table(&mut out, &rows, true);
        }
        if sizes.len() > 1 {
            growth(&mut out, &self.rows, &sizes);
        }
        out
    }
}

fn table(out: &mut String, rows: &[Row], ratio: bool) {
    let database = rows.iter().any(|row| row.cpu_database_us.is_some());
    let _ = write!(
        out,
        "| scenario | conns | answers | req/s | p50 ms | p99 ms | max ms |"
    );
    if ratio {
        let _ = write!(out, " vs ceiling |");
    }
    let _ = write!(
        out,
        " errors | RSS MiB, largest process | CPU µs/req: service |"
    );
    if database {
        let _ = write!(out, " database |");
    }
    let _ = writeln!(out, " load gen |");
    let columns = 11 + usize::from(ratio) + usize::from(database);
    let _ = writeln!(out, "|---|{}", "---:|".repeat(columns - 1));
    for row in rows {
        let connections = match row.rate {
            Some(rate) => {
                let lag = row.lag_p99_ms.unwrap_or(0.0);
                let behind = if row.fell_behind().is_some() {
                    ", fell behind"
                } else {
                    ""
                };
                format!(
                    "{} at {rate:.0}/s (send lag p99 {} ms{behind})",
                    row.connections,
                    ms(lag)
                )
            }
            None => row.connections.to_string(),
        };
        let _ = write!(
            out,
            "| {} | {connections} | {} | {:.0} | {} | {} | {} |",
            row.scenario.replace('|', "\\|"),
            row.requests,
            row.per_second,
            ms(row.p50_ms),
            ms(row.p99_ms),
            ms(row.max_ms),
        );
        if ratio {
            let _ = write!(
                out,
                " {} |",
                row.ratio
                    .map_or_else(|| "-".to_owned(), |r| format!("{:.0}%", r * 100.0))
            );
        }
        let _ = write!(
            out,
            " {} | {:.1} | {:.0} |",
            row.errors, row.rss_mib, row.cpu_service_us
        );
        if database {
            let _ = write!(out, " {:.0} |", row.cpu_database_us.unwrap_or(0.0));
        }
        let _ = writeln!(out, " {:.0} |", row.cpu_bench_us);
    }
    out.push('\n');
}

/// Read scenarios at every size, at the connection count they share: flat is index-backed.
fn growth(out: &mut String, rows: &[Row], sizes: &[usize]) {
    let _ = writeln!(
        out,
        "**Growth** (p50 ms at each size, 8 connections; last column: largest over smallest):\n"
    );
    let _ = write!(out, "| scenario |");
    for size in sizes {
        let _ = write!(out, " {size} |");
    }
    let _ = writeln!(out, " growth |");
    let _ = writeln!(out, "|---|{}", "---:|".repeat(sizes.len() + 1));
    let smallest = sizes[0];
    let names: Vec<&str> = {
        let mut names: Vec<&str> = Vec::new();
        for row in rows
            .iter()
            .filter(|row| row.chats == smallest && row.connections == 8)
        {
            if !names.contains(&row.scenario.as_str()) {
                names.push(&row.scenario);
            }
        }
        names
    };
    for name in names {
        let at = |size: usize| {
            rows.iter()
                .find(|row| {
                    row.chats == size
                        && row.scenario == name
                        && row.connections == 8
                        && row.rate.is_none()
                })
                .map(|row| row.p50_ms)
        };
        let _ = write!(out, "| {} |", name.replace('|', "\\|"));
        for size in sizes {
            let _ = write!(out, " {} |", at(*size).map_or_else(|| "-".to_owned(), ms));
        }
        let growth = match (at(smallest), sizes.last().and_then(|largest| at(*largest))) {
            (Some(first), Some(last)) if first > 0.0 => format!("{:.1}×", last / first),
            _ => "-".to_owned(),
        };
        let _ = writeln!(out, " {growth} |");
    }
    out.push('\n');
}

/// Writes `section` between `<!-- bench:KEY:begin -->` and `<!-- bench:KEY:end -->` in
/// `path`, replacing what was there, or appends it with the markers.
pub fn write_section(path: &Path, key: &str, section: &str) -> Result<()> {
    let begin = format!("<!-- bench:{key}:begin -->");
    let end = format!("<!-- bench:{key}:end -->");
    let existing = std::fs::read_to_string(path).unwrap_or_default();
    let block = format!("{begin}\n{section}{end}");
    let updated = match (existing.find(&begin), existing.find(&end)) {
        (Some(start), Some(stop)) if stop > start => {
            format!(
                "{}{block}{}",
                &existing[..start],
                &existing[stop + end.len()..]
            )
        }
        _ if existing.is_empty() => format!("{block}\n"),
        _ => format!("{}\n\n{block}\n", existing.trim_end()),
    };
    std::fs::write(path, updated).with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An open-loop row whose sends lagged past the timer's millisecond says it fell behind.
    #[test]
    fn a_paced_row_that_fell_behind_says_so() {
        let row = |lag: f64| Row {
            chats: 1000,
            scenario: format!("lag {lag}"),
            shape: Shape::Chat,
            connections: 8,
            rate: Some(1000.0),
            lag_p99_ms: Some(lag),
            per_second: 1000.0,
            p50_ms: 1.0,
            p99_ms: 2.0,
            max_ms: 3.0,
            errors: 0,
            requests: 5000,
            rss_mib: 10.0,
            cpu_service_us: 20.0,
            cpu_database_us: None,
            cpu_bench_us: 5.0,
            ratio: None,
        };
        let mut out = String::new();
        table(&mut out, &[row(0.6), row(2.18)], false);
        let lines: Vec<&str> = out
            .lines()
            .filter(|line| line.contains("lag p99"))
            .collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(!lines[0].contains("fell behind"), "{out}");
        assert!(
            lines[1].contains("(send lag p99 2.18 ms, fell behind)"),
            "{out}"
        );
    }

    #[test]
    fn a_section_replaces_its_old_self_and_leaves_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("B.md");
        std::fs::write(&path, "# Title\n\nanalysis\n").unwrap();
        write_section(&path, "sqlite", "first\n").unwrap();
        write_section(&path, "postgres", "pg\n").unwrap();
        write_section(&path, "sqlite", "second\n").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "# Title\n\nanalysis\n\n<!-- bench:sqlite:begin -->\nsecond\n<!-- bench:sqlite:end -->\n\n<!-- bench:postgres:begin -->\npg\n<!-- bench:postgres:end -->\n"
        );
    }
}
