//! What the harness reads off Linux's `/proc`: the machine, and each process's resident
//! memory and CPU time.

use std::fs;

/// The machine a run came from, for the report.
#[derive(Clone, Debug)]
pub struct Machine {
    pub cpu_model: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub kernel: String,
}

impl Machine {
    pub fn read() -> Self {
        let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu_model = cpuinfo
            .lines()
            .find_map(|line| line.strip_prefix("model name"))
            .and_then(|rest| rest.split_once(':'))
            .map_or_else(
                || "unknown".to_owned(),
                |(_, model)| model.trim().to_owned(),
            );
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_kib: f64 = meminfo
            .lines()
            .find_map(|line| line.strip_prefix("MemTotal:"))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").map_or_else(
            |_| "unknown".to_owned(),
            |release| release.trim().to_owned(),
        );
        Self {
            cpu_model,
            cores,
            memory_gib: memory_kib / 1024.0 / 1024.0,
            kernel,
        }
    }
}

/// Resident memory of a process, in MiB (`VmRSS`).
pub fn rss_mib(pid: u32) -> Option<f64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}

/// CPU time (user + system, every thread) a process has used, in seconds.
pub fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: count fields after it.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // USER_HZ is 100 on every Linux architecture the harness runs on.
    Some((utime + stime) / 100.0)
}

/// The processes of the PostgreSQL server on this machine (server and backends).
pub fn postgres_pids() -> Vec<u32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|comm| comm.trim() == "postgres")
        })
        .collect()
}

/// CPU seconds used so far by each party of a run.
#[derive(Clone, Copy, Debug, Default)]
pub struct CpuSnapshot {
    pub service: f64,
    pub database: f64,
    pub bench: f64,
}

impl CpuSnapshot {
    pub fn take(service_pids: &[u32], database: bool) -> Self {
        Self {
            service: service_pids
                .iter()
                .filter_map(|pid| cpu_seconds(*pid))
                .sum(),
            database: if database {
                postgres_pids().into_iter().filter_map(cpu_seconds).sum()
            } else {
                0.0
            },
            bench: cpu_seconds(std::process::id()).unwrap_or(0.0),
        }
    }

    pub fn since(self, earlier: Self) -> Self {
        Self {
            service: self.service - earlier.service,
            database: self.database - earlier.database,
            bench: self.bench - earlier.bench,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_readable() {
        let pid = std::process::id();
        let rss = rss_mib(pid).expect("VmRSS of this process");
        assert!(rss > 0.5 && rss < 4_096.0, "{rss} MiB");
        // Burn measurable CPU time (clock ticks are 10 ms), then read it back.
        let before = cpu_seconds(pid).expect("CPU time of this process");
        let started = std::time::Instant::now();
        let mut spin = 0u64;
        while started.elapsed() < std::time::Duration::from_millis(200) {
            spin = std::hint::black_box(spin.wrapping_add(1));
        }
        let after = cpu_seconds(pid).expect("CPU time of this process");
        assert!(
            after - before >= 0.05,
            "200 ms of spinning read as {} s of CPU",
            after - before
        );
        let machine = Machine::read();
        assert!(machine.cores >= 1 && machine.memory_gib > 0.1);
    }
}
