// Lints chats.yaml with both pinned linters and fails on any error or warning.
// Spectral (`spectral:oas`) and Redocly CLI (`recommended`); run by `npm run lint` and .ci/run.
import { spawnSync } from "node:child_process";

const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
const run = (args) => spawnSync("npx", ["--no-install", ...args], { encoding: "utf8", env });

let failed = false;

const spectral = run(["spectral", "lint", "--fail-severity=warn", "chats.yaml"]);
process.stdout.write(spectral.stdout);
process.stderr.write(spectral.stderr);
if (spectral.status !== 0) failed = true;

const redocly = run(["redocly", "lint", "--format=json", "chats.yaml"]);
let report;
try {
  report = JSON.parse(redocly.stdout);
} catch {
  process.stderr.write(redocly.stdout + redocly.stderr);
  console.error("redocly: no JSON report");
  process.exit(1);
}
const { errors, warnings } = report.totals;
console.log(`redocly (recommended): ${errors} errors, ${warnings} warnings`);
for (const problem of report.problems) {
  const where = problem.location?.map((l) => l.pointer).join(", ");
  console.log(`  ${problem.severity} ${problem.ruleId}: ${problem.message} at ${where}`);
}
if (errors + warnings > 0) failed = true;

process.exit(failed ? 1 : 0);
