//! Throwaway databases for tests and benchmarks: made on a server, dropped (with their
//! connections) when the value is dropped.

use uuid::Uuid;

/// A PostgreSQL database made for one test (or one benchmark run) and dropped after it.
pub struct TempPostgres {
    server_url: String,
    name: String,
    /// The database's URL.
    pub url: String,
}

impl TempPostgres {
    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Creates a database with a fresh name on the server `server_url` names (any database
    /// on it). Panics when the server cannot be reached: its callers are tests and tools
    /// that cannot go on without it.
    pub async fn create(server_url: &str) -> Self {
        let name = format!("chats_test_{}", Uuid::new_v4().simple());
        let (client, connection) = tokio_postgres::connect(server_url, tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|err| panic!("connecting to {server_url}: {err}"));
        tokio::spawn(connection);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create the test database");
        let url = match server_url.rfind('/') {
            Some(slash) if slash > "postgres://".len() => {
                format!("{}/{name}", &server_url[..slash])
            }
            _ => format!("{server_url}/{name}"),
        };
        Self {
            server_url: server_url.to_owned(),
            name,
            url,
        }
    }
}

impl TempPostgres {
    /// Refuses new connections to the database and cuts the open ones (what a restart of
    /// PostgreSQL does to it), or lets connections in again. For outage tests.
    pub async fn set_connections_allowed(&self, allowed: bool) {
        let (admin, connection) = tokio_postgres::connect(&self.server_url, tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|err| panic!("connecting to {}: {err}", self.server_url));
        tokio::spawn(connection);
        admin
            .batch_execute(&format!(
                "ALTER DATABASE {} ALLOW_CONNECTIONS {allowed}",
                self.name
            ))
            .await
            .expect("change whether the database allows connections");
        if !allowed {
            admin
                .execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
                    &[&self.name],
                )
                .await
                .expect("cut the database's connections");
        }
    }
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        let (server_url, name) = (self.server_url.clone(), self.name.clone());
        // A fresh runtime on a thread of its own: drop runs inside (or outside) any runtime.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async move {
                let (client, connection) =
                    tokio_postgres::connect(&server_url, tokio_postgres::NoTls)
                        .await
                        .ok()?;
                tokio::spawn(connection);
                client
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}
