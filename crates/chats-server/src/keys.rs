//! API keys: made from 32 random bytes, shown once, kept only as a SHA-256.
//!
//! A key carries 256 bits of entropy, so a plain (unkeyed, unsalted) SHA-256 is enough: there
//! is nothing to guess, and a leaked table of hashes gives no key back. The lookup is by hash
//! through a unique index; equal hashes are compared by the database, never the key itself,
//! so timing reveals nothing about a key.

use sha2::{Digest, Sha256};

/// The prefix of every key (lets secret scanners and people recognise one).
pub const PREFIX: &str = "ck_";

/// A new key and its hash.
pub fn generate() -> std::io::Result<(String, [u8; 32])> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|err| std::io::Error::other(err.to_string()))?;
    let key = format!("{PREFIX}{}", hex(&bytes));
    let hash = hash(&key);
    Ok((key, hash))
}

pub fn hash(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

/// The hash of the key presented in an `authorization` header: the raw key, or
/// `Bearer <key>`. `None` when nothing is left to hash.
pub fn hash_presented(header: &str) -> Option<[u8; 32]> {
    let header = header.trim();
    let key = match header.split_once(' ') {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("bearer") => rest.trim(),
        None if header.eq_ignore_ascii_case("bearer") => "",
        _ => header,
    };
    (!key.is_empty()).then(|| hash(key))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_prefixed_and_hash_as_presented() {
        let (a, hash_a) = generate().unwrap();
        let (b, _) = generate().unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(PREFIX) && a.len() == PREFIX.len() + 64);
        assert_eq!(hash_presented(&a), Some(hash_a));
        assert_eq!(hash_presented(&format!("Bearer {a}")), Some(hash_a));
        assert_eq!(hash_presented(&format!("bearer  {a} ")), Some(hash_a));
        assert_eq!(hash_presented("Bearer "), None);
        assert_ne!(hash_presented("Bearer x"), Some(hash_a));
    }
}
