// The last lines of .ci/run: each counted check, then "N passed, N failed". Counted: the tests of
// both npm test runs (from vitest's JSON reports), the lint run, and each runtime of
// npm run test:runtimes (from its JSON). A check whose report is missing counts as one failure, and
// so does a run that exited non-zero with no failure in its report (the temp-folder leftover check
// fails the run that way).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [reports] = process.argv.slice(2);
const read = (name) => {
  try {
    return JSON.parse(readFileSync(join(reports, name), "utf8"));
  } catch {
    return null;
  }
};
const exitOf = (name) => {
  try {
    return Number(readFileSync(join(reports, `${name}.exit`), "utf8").trim());
  } catch {
    return 1;
  }
};

let passed = 0;
let failed = 0;
for (const name of ["with-shared", "hidden-shared"]) {
  const r = read(`${name}.json`);
  let p = 0,
    f = 0,
    s = 0;
  if (r) {
    p = r.numPassedTests;
    f = r.numFailedTests + (r.numRuntimeErrors ?? 0);
    s = r.numPendingTests + r.numTodoTests;
    if ((!r.success || exitOf(name) !== 0) && f === 0) f = 1;
    // The browser is a runtime too: say how its test went.
    const browser = r.testResults.filter((t) => t.name.includes("/test/browser/"));
    const results = browser.flatMap((t) => t.assertionResults);
    const word =
      results.length === 0
        ? "not run"
        : results.every((a) => a.status === "passed")
          ? "passed"
          : results.some((a) => a.status === "failed")
            ? "FAILED"
            : "skipped (no browser)";
    console.log(
      `${name}: runtime headless Chromium: ${word} (${results.filter((a) => a.status === "passed").length} tests)`,
    );
  } else f = 1;
  console.log(`${name}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
}

const lint = exitOf("lint") === 0;
console.log(`lint: ${lint ? "passed" : "FAILED"} (npm run lint)`);
lint ? passed++ : failed++;

const runtimes = read("runtimes.json");
if (runtimes) {
  for (const r of runtimes.results) console.log(`runtime ${r.name}: ${r.ok ? "passed" : "FAILED"}`);
  passed += runtimes.passed;
  failed += runtimes.failed;
  if (exitOf("runtimes") !== 0 && runtimes.failed === 0) failed++;
} else {
  console.log("runtimes: FAILED (no report from npm run test:runtimes)");
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
