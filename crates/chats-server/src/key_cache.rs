//! API keys already checked, remembered for a short while so that a request does not read the
//! database twice (the key, then what it asks for).
//!
//! Only keys the database accepted are remembered, each for at most [`KeyCache::ttl`] (one
//! second by default): a key revoked in the database, by any process, stops working on every
//! replica within that time. Unknown keys are never remembered, so a flood of made-up keys
//! cannot push real ones out; they cost a lookup each, as without the cache. The cache holds
//! at most [`CAPACITY`] keys and is emptied when full (a second later every live key is back).

use std::{
    collections::HashMap,
    sync::RwLock,
    time::{Duration, Instant},
};

use uuid::Uuid;

/// How long a key the database accepted is taken on trust by default.
pub const DEFAULT_TTL: Duration = Duration::from_secs(1);

/// The most keys remembered at once.
pub const CAPACITY: usize = 10_000;

/// Key hashes the database accepted, with their workspace and when it said so.
pub struct KeyCache {
    ttl: Duration,
    entries: RwLock<HashMap<[u8; 32], (Uuid, Instant)>>,
}

impl KeyCache {
    /// A cache that trusts an answer for `ttl`; `Duration::ZERO` remembers nothing.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: RwLock::new(HashMap::new()),
        }
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// The workspace of a key the database accepted less than `ttl` ago.
    pub fn get(&self, hash: &[u8; 32]) -> Option<Uuid> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        let &(workspace, checked) = entries.get(hash)?;
        (checked.elapsed() < self.ttl).then_some(workspace)
    }

    /// Remembers that the database accepted `hash` for `workspace` just now.
    pub fn insert(&self, hash: [u8; 32], workspace: Uuid) {
        if self.ttl.is_zero() {
            return;
        }
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= CAPACITY && !entries.contains_key(&hash) {
            let ttl = self.ttl;
            entries.retain(|_, (_, checked)| checked.elapsed() < ttl);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert(hash, (workspace, Instant::now()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_trusted_for_the_ttl_and_no_longer() {
        let cache = KeyCache::new(Duration::from_millis(50));
        let workspace = Uuid::from_u128(7);
        assert_eq!(cache.get(&[1; 32]), None);
        cache.insert([1; 32], workspace);
        assert_eq!(cache.get(&[1; 32]), Some(workspace));
        assert_eq!(cache.get(&[2; 32]), None);
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(cache.get(&[1; 32]), None);
    }

    #[test]
    fn a_zero_ttl_remembers_nothing() {
        let cache = KeyCache::new(Duration::ZERO);
        cache.insert([1; 32], Uuid::from_u128(7));
        assert_eq!(cache.get(&[1; 32]), None);
    }

    #[test]
    fn a_full_cache_is_emptied_and_keeps_the_newest() {
        let cache = KeyCache::new(Duration::from_secs(60));
        for i in 0..CAPACITY as u32 {
            let mut hash = [0; 32];
            hash[..4].copy_from_slice(&i.to_le_bytes());
            cache.insert(hash, Uuid::from_u128(u128::from(i)));
        }
        assert_eq!(cache.get(&[0; 32]), Some(Uuid::from_u128(0)));
        cache.insert([9; 32], Uuid::from_u128(9));
        assert_eq!(cache.get(&[9; 32]), Some(Uuid::from_u128(9)));
        assert_eq!(cache.get(&[0; 32]), None);
        assert_eq!(cache.entries.read().unwrap().len(), 1);
    }
}
