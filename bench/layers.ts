// npm run bench:layers: what reading older layers costs, in one process, against the same
// package generated with --no-older-layers (written to a temporary folder): the readers' size
// (module build and Node bundle, as written and minified), a bundle that decodes one result,
// import time in fresh processes, and decode speed of a current-layer list (interleaved rounds),
// plus the speed of the same list with its users in their layer-198 form (GramJS's bytes).
// --smoke: fewer rounds (CI).
import { build, transform } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "../generator/api/generate.ts";
import { gramObject } from "../test/support/reference-libs.ts";
import { bytes, inviteList } from "./workloads.ts";

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes("--smoke");
const withOlder = join(here, "..", "generated");
const tmp = mkdtempSync(join(tmpdir(), "tlgen-layers-bench-"));
const own = join(tmp, "own");

try {
  await generate({ out: own, name: "tl-invite", cacheDir: false, olderLayers: false, cwd: join(here, "..") });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const size = (pkg: string, file: string) => (existsSync(join(pkg, file)) ? readFileSync(join(pkg, file)) : Buffer.alloc(0));
  const minified = async (text: Buffer) => (text.length ? (await transform(text.toString(), { minify: true, format: "esm" })).code.length : 0);

  console.log("readers' size, without older forms -> with them (as written; minified):");
  for (const files of [["dist/readers.js", "dist/older-readers.js"], ["dist/node/index.js"]]) {
    const [a, b] = await Promise.all([own, withOlder].map(async (pkg) => {
      const texts = files.map((f) => size(pkg, f));
      return [texts.reduce((n, t) => n + t.length, 0), (await Promise.all(texts.map(minified))).reduce((n, x) => n + x, 0)];
    }));
    console.log(`  ${files.join(" + ")}: ${kb(a[0])} -> ${kb(b[0])} (+${(((b[0] - a[0]) / a[0]) * 100).toFixed(0)}%); minified ${kb(a[1])} -> ${kb(b[1])}`);
  }
  // A bundle that sends exportChatInvite and decodes its result: its union's old forms come along.
  for (const [label, pkg] of [["without", own], ["with", withOlder]] as const) {
    const entry = join(tmp, `consumer-${label}.mjs`);
    writeFileSync(entry, readFileSync(join(here, "size", "ours-roundtrip.ts"), "utf8").replace('"tl-invite/messages"', JSON.stringify(join(pkg, "dist", "requests", "messages.js"))));
    const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "node", write: false, logLevel: "silent" });
    console.log(`  serialize + decode its result, esbuild, ${label} older forms: ${kb(out.outputFiles[0].contents.length)}`);
  }

  const runs = smoke ? 3 : 21;
  const oneLine = join(tmp, "one-line.mjs");
  writeFileSync(oneLine, "export default 1;\n");
  const specs = [oneLine, join(own, "dist", "node", "index.js"), join(withOlder, "dist", "node", "index.js")].map((f) => pathToFileURL(f).href);
  const times = specs.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    specs.forEach((s, k) => {
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", `const t0 = performance.now(); await import(${JSON.stringify(s)}); console.log(performance.now() - t0);`], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(r.stderr);
      times[k].push(Number(r.stdout.trim()));
    });
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const [base, ownMs, withMs] = times.map(med);
  console.log(`\nimport of the root in a fresh process (median of ${runs}, interleaved), minus a one-line module:`);
  console.log(`  without older forms ${(ownMs - base).toFixed(1)} ms -> with them ${(withMs - base).toFixed(1)} ms (${((withMs - base) / (ownMs - base)).toFixed(2)}x)`);

  const a: Any = await import(pathToFileURL(join(own, "dist", "node", "index.js")).href);
  const b: Any = await import(pathToFileURL(join(withOlder, "dist", "node", "index.js")).href);
  const { Api: G }: Any = require("telegram");
  const bigInt: Any = require("big-integer");
  // The same list with its 20 users as GramJS writes them: user#4b46c37e, layer 198.
  const old198 = new Uint8Array(
    new G.messages.ExportedChatInvites({
      count: inviteList.count,
      invites: inviteList.invites.map((x) => gramObject(x)),
      users: inviteList.users.map((u: Any) => new G.User({ id: bigInt(String(u.id)), accessHash: bigInt(String(u.accessHash)), firstName: u.firstName, lastName: u.lastName, username: u.username, phone: u.phone, status: new G.UserStatusOffline({ wasOnline: u.status.wasOnline }), langCode: u.langCode })),
    }).getBytes(),
  );
  const cases: [string, () => unknown][] = [
    ["current-layer list, without older forms", () => a.decodeWith(a.readTypeMessagesExportedChatInvites, bytes.inviteList)],
    ["current-layer list, with older forms", () => b.decodeWith(b.readTypeMessagesExportedChatInvites, bytes.inviteList)],
    ["the list with layer-198 users, with older forms", () => b.decodeWith(b.readTypeMessagesExportedChatInvites, old198)],
  ];
  if (b.olderLayerOf((cases[2][1]() as Any).users[0]) !== 198) throw new Error("the layer-198 users were not read as older forms");
  // Interleaved rounds of a fixed number of calls each, the order alternating; on a shared
  // machine the fastest round (the least disturbed) is the steadiest figure, the median follows.
  const rounds = smoke ? 4 : 80;
  const calls = smoke ? 20 : 300;
  for (let i = 0; i < 2000; i++) for (const [, fn] of cases) fn();
  const samples = cases.map(() => [] as number[]);
  const timeOne = (fn: () => unknown) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    return Number(process.hrtime.bigint() - t0) / calls;
  };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...cases.keys()].reverse() : [...cases.keys()];
    for (const k of order) samples[k].push(timeOne(cases[k][1]));
  }
  const min = (xs: number[]) => Math.min(...xs);
  console.log(`\ndecode messages.exportedChatInvites, 100 invites + 20 users (${kb(bytes.inviteList.length)}), ${rounds} interleaved rounds of ${calls} calls, fastest round (median):`);
  cases.forEach(([label], k) =>
    console.log(`  ${label}: ${(min(samples[k]) / 1000).toFixed(2)} µs, ${(min(samples[k]) / min(samples[0])).toFixed(3)}x (${(med(samples[k]) / 1000).toFixed(2)} µs, ${(med(samples[k]) / med(samples[0])).toFixed(3)}x)`),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
