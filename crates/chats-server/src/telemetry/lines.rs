//! The log's writer: requests append their formatted lines to one buffer, and a thread of its
//! own writes the buffer to stderr in batches.
//!
//! A line per request is the service's most frequent write. Handing each line to a writer
//! thread through a channel wakes that thread once per line and writes once per line; here a
//! request copies its line into the shared buffer under a lock held for that copy alone, and
//! wakes the writer only when the buffer was empty. The writer then waits [`BATCH`] for more
//! lines to gather, takes the whole buffer and writes it at once: under load, one wake-up and
//! one write for a few dozen lines; on a quiet server, a line is on stderr within [`BATCH`].
//! No line is dropped: past [`MAX_QUEUED`] bytes waiting, a request waits for the writer.

use std::{
    io::Write,
    sync::{Arc, Condvar, Mutex, MutexGuard},
    thread::JoinHandle,
    time::Duration,
};

/// How long the writer lets lines gather after the first one arrives.
pub const BATCH: Duration = Duration::from_millis(1);
/// The bytes that may wait for the writer before a request waits with them.
pub const MAX_QUEUED: usize = 32 << 20;

#[derive(Default)]
struct Queue {
    lines: Vec<u8>,
    closed: bool,
}

#[derive(Default)]
struct Shared {
    queue: Mutex<Queue>,
    /// Signalled when the queue gains its first line, or closes.
    arrived: Condvar,
    /// Signalled when the writer took the queue.
    taken: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // A panic while holding the lock leaves bytes, never a broken invariant.
        self.queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The `MakeWriter` of the log: cheap to clone, each line one append.
#[derive(Clone)]
pub struct Lines {
    shared: Arc<Shared>,
}

/// Keeps the writer thread running; dropping it writes what is queued and stops the thread.
pub struct LinesGuard {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

/// The writer for `out`, and the guard of its thread.
pub fn lines(out: impl Write + Send + 'static) -> std::io::Result<(Lines, LinesGuard)> {
    let shared = Arc::new(Shared::default());
    let thread = std::thread::Builder::new()
        .name("chats-log".to_owned())
        .spawn({
            let shared = shared.clone();
            move || write_batches(&shared, out)
        })?;
    Ok((
        Lines {
            shared: shared.clone(),
        },
        LinesGuard {
            shared,
            thread: Some(thread),
        },
    ))
}

fn write_batches(shared: &Shared, mut out: impl Write) {
    let mut spare = Vec::new();
    loop {
        let mut queue = shared.lock();
        while queue.lines.is_empty() && !queue.closed {
            queue = shared
                .arrived
                .wait(queue)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        if queue.lines.is_empty() && queue.closed {
            return;
        }
        if !queue.closed {
            // Let the lines of the next moment join this write.
            drop(queue);
            std::thread::sleep(BATCH);
            queue = shared.lock();
        }
        spare.clear();
        std::mem::swap(&mut queue.lines, &mut spare);
        drop(queue);
        shared.taken.notify_all();
        // stderr gone (a closed pipe) loses the log, never the service.
        let _ = out.write_all(&spare).and_then(|()| out.flush());
    }
}

impl std::io::Write for Lines {
    fn write(&mut self, line: &[u8]) -> std::io::Result<usize> {
        let mut queue = self.shared.lock();
        while queue.lines.len() >= MAX_QUEUED && !queue.closed {
            queue = self
                .shared
                .taken
                .wait(queue)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        let first = queue.lines.is_empty();
        queue.lines.extend_from_slice(line);
        drop(queue);
        if first {
            self.shared.arrived.notify_one();
        }
        Ok(line.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Lines {
    type Writer = Lines;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

impl Drop for LinesGuard {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.arrived.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An output the test reads back, and counts the writes of.
    #[derive(Clone, Default)]
    struct Out {
        bytes: Arc<Mutex<Vec<u8>>>,
        writes: Arc<Mutex<usize>>,
    }

    impl Write for Out {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.bytes.lock().unwrap().extend_from_slice(buf);
            *self.writes.lock().unwrap() += 1;
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_line_arrives_whole_in_order_per_writer_in_fewer_writes_and_the_guard_writes_the_rest()
    {
        let out = Out::default();
        let (lines, guard) = lines(out.clone()).unwrap();
        let writers: Vec<_> = (0..4)
            .map(|writer| {
                let mut lines = lines.clone();
                std::thread::spawn(move || {
                    for n in 0..5_000 {
                        lines
                            .write_all(format!("writer {writer} line {n}\n").as_bytes())
                            .unwrap();
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.join().unwrap();
        }
        drop(guard);
        let text = String::from_utf8(out.bytes.lock().unwrap().clone()).unwrap();
        assert_eq!(text.lines().count(), 20_000);
        for writer in 0..4 {
            let numbers: Vec<usize> = text
                .lines()
                .filter_map(|line| line.strip_prefix(&format!("writer {writer} line ")))
                .map(|n| n.parse().unwrap())
                .collect();
            assert_eq!(numbers, (0..5_000).collect::<Vec<_>>(), "writer {writer}");
        }
        let writes = *out.writes.lock().unwrap();
        assert!(writes < 20_000 / 10, "{writes} writes for 20,000 lines");
    }

    #[test]
    fn a_quiet_line_is_written_within_moments() {
        let out = Out::default();
        let (mut lines, _guard) = lines(out.clone()).unwrap();
        lines.write_all(b"alone\n").unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while out.bytes.lock().unwrap().is_empty() {
            assert!(std::time::Instant::now() < deadline, "the line never came");
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(&*out.bytes.lock().unwrap(), b"alone\n");
    }
}
