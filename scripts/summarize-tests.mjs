// Prints one line, "N passed, N failed", counting the unit (vitest) and end-to-end
// (Playwright) results together. A missing report counts as a failure: no silent green.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath, e2ePath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function readJson(path) {
  if (!path || !existsSync(path)) {
    console.error(`missing test report: ${path}`);
    failed += 1;
    return undefined;
  }

  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = readJson(unitPath);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numTotalTests === 0) failed += 1;
}

const e2e = readJson(e2ePath);
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  // A flaky test passed only on retry: count it as passed but say so.
  if (e2e.stats.flaky > 0) {
    passed += e2e.stats.flaky;
    console.error(`${e2e.stats.flaky} end-to-end test(s) passed only on retry`);
  }
  if (e2e.stats.expected + e2e.stats.flaky === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
