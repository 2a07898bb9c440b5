// Runs every test tier in one jest run: domain and web unit tests, API unit and
// integration tests, and the browser tests when Chromium is on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const projects = ['domain', 'api', 'web'];

if (existsSync(chromium)) {
  projects.push('e2e');
} else if (process.env.CI === 'true') {
  console.error(`\n✖ Browser tests need Chromium at ${chromium} (apt-get install -y chromium); CI cannot skip them.\n`);
  process.exit(1);
} else {
  console.warn(`\n⚠ Browser tests SKIPPED: no Chromium at ${chromium}. Install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).\n`);
}

console.log(`Database for integration tests: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL (PGlite)'}`);
const reportDir = mkdtempSync(join(tmpdir(), 'tertulia-jest-'));
const report = join(reportDir, 'report.json');
const result = spawnSync('npx', ['jest', '--selectProjects', ...projects, '--json', '--outputFile', report, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// One plain closing line that any CI can read.
if (existsSync(report)) {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed`);
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
