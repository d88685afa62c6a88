//! Shared helpers of the workspace-level tests (the tests themselves are under `tests/tests/`).
