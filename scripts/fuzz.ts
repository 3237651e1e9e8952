// npm run fuzz: fuzzes every decoder of the generated package and prints inputs and failures
// per decoder. `--quick` is CI's seeded mode (>= 50,000 inputs); the default runs >= 1,000,000.
// Failing inputs are saved to test/fixtures/fuzz/ as regression fixtures.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fuzzDecoders } from "../test/support/fuzz-decoders.ts";
import { PROJECT_ROOT } from "../generator/input/project-files.ts";
import { testSchema } from "../test/support/schema-model.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, seed: { type: "string" }, "per-decoder": { type: "string" } } });
const seed = Number(values.seed ?? 20261123);
const decoders = testSchema().closure.unions.length;
const perDecoder = Number(values["per-decoder"] ?? (values.quick ? Math.ceil(50_000 / decoders) + 1 : Math.ceil(1_000_000 / decoders) + 1));
const started = performance.now();
let total = 0;
let failures = 0;
const failed: { decoder: string; input: string; error: string }[] = [];
process.stdout.write(`fuzzing every decoder with ${perDecoder} inputs each, seed ${seed}\n`);
const reports = fuzzDecoders(seed, perDecoder, (r) => {
  total += r.inputs;
  failures += r.failures.length;
  failed.push(...r.failures);
  process.stdout.write(`${r.decoder.padEnd(56)} ${String(r.inputs).padStart(8)} inputs ${String(r.failures.length).padStart(4)} failures\n`);
});
if (failed.length) {
  const dir = join(PROJECT_ROOT, "test", "fixtures", "fuzz");
  mkdirSync(dir, { recursive: true });
  for (const f of failed.slice(0, 50)) writeFileSync(join(dir, `${f.decoder}-${f.input.slice(0, 16)}.hex`), `${f.decoder}\n${f.input}\n`);
  process.stdout.write(`\nfirst failure:\n${failed[0].error}\n`);
}
process.stdout.write(`\n${reports.length} decoders, ${total} inputs, ${failures} failures, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
process.exitCode = failures ? 1 : 0;
