//! Codegen speed: our generation step against openapi-generator's.

#[derive(clap::Args)]
pub struct Args {}

pub async fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
