// Test support for test/browser: bundle a consumer for the browser with esbuild, put it in a
// page, let headless Chromium run the page and print its DOM, and read back what the page wrote.
//
// Why --dump-dom and not the DevTools protocol: the consumer is synchronous, Chromium prints the
// DOM once the page has loaded (after module scripts ran) and --virtual-time-budget lets any
// queued timers and promises finish first. One process, its exit code and stdout, no dependency
// and no port. The bundle is inlined in the page, since Chromium refuses module scripts from
// file:// URLs.
import { build, transform } from "esbuild";
import { execFile } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PageInput, Tagged } from "./vectors.ts";

/** Where Debian's `chromium` package puts the browser; TLGEN_CHROMIUM names another. */
export const CHROMIUM_PATH = process.env.TLGEN_CHROMIUM || "/usr/bin/chromium";

/** The browser to run, or null where there is none (the tests then skip). */
export function findChromium(): string | null {
  return existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : null;
}

/** Bundles `entry` as a browser ES module: everything inlined, no externals, not minified. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** The bundle without comments, for looking for references in code (doc comments mention Buffer). */
export async function withoutComments(code: string): Promise<string> {
  return (await transform(code, { loader: "js", minifyWhitespace: true })).code;
}

/**
 * The page: the input as JSON, a place for the result, a classic script that notes which Node
 * globals exist and reports uncaught errors, then the bundle as a module script.
 */
export function pageHtml(bundle: string, input: PageInput): string {
  // Inlined as it is: a "</script" inside would end the script element early.
  if (/<\/script/i.test(bundle)) throw new Error("the bundle contains </script and cannot be inlined in the page");
  const hook = `document.getElementById("tlgen-globals").textContent = encodeURIComponent(JSON.stringify({ Buffer: typeof Buffer, process: typeof process }));
window.addEventListener("error", (e) => {
  const out = document.getElementById("tlgen-result");
  out.textContent = encodeURIComponent(JSON.stringify({ error: "uncaught: " + e.message + " (" + e.filename + ":" + e.lineno + ")", done: true }));
});`;
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>tl-invite in the browser</title></head>
<body>
<pre id="tlgen-result">the consumer did not run</pre>
<pre id="tlgen-globals"></pre>
<script type="application/json" id="tlgen-input">${JSON.stringify(input)}</script>
<script>${hook}</script>
<script type="module">${bundle}</script>
</body>
</html>
`;
}

/** Flags for a headless run as root on a machine with no network but the package registries. */
function chromiumArgs(profileDir: string, url: string): string[] {
  return [
    "--headless",
    "--no-sandbox", // Chromium refuses to start as root with its sandbox
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profileDir}`,
    "--virtual-time-budget=5000",
    "--dump-dom",
    url,
  ];
}

/** Opens `htmlPath` in headless Chromium and returns the DOM it printed once the page loaded. */
export function dumpDom(chromium: string, htmlPath: string, profileDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = chromiumArgs(profileDir, pathToFileURL(htmlPath).href);
    execFile(
      chromium,
      args,
      { timeout: 90_000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${chromium} failed (${err.message}):\n${stderr.slice(-4000)}`));
        else resolve(stdout);
      },
    );
  });
}

/** The URI-encoded JSON the page wrote into <pre id="ID">, parsed; throws with what is there when it is not JSON. */
function readElement(dom: string, id: string): Tagged {
  const m = new RegExp(`<pre id="${id}">([^<]*)</pre>`).exec(dom);
  if (!m) throw new Error(`no #${id} in the page Chromium printed:\n${dom.slice(0, 2000)}`);
  try {
    return JSON.parse(decodeURIComponent(m[1])) as Tagged;
  } catch {
    throw new Error(`the page wrote no JSON into #${id}: ${JSON.stringify(m[1].slice(0, 500))}`);
  }
}

/** The consumer's report from the printed DOM, with the page's Node globals under `globals`. */
export function readReport(dom: string): Record<string, Tagged> {
  const report = readElement(dom, "tlgen-result") as Record<string, Tagged>;
  return { ...report, globals: readElement(dom, "tlgen-globals") };
}

/** Writes the page into `dir`, runs it in Chromium with a fresh profile there, and returns its report. */
export async function runPage(
  chromium: string,
  dir: string,
  bundle: string,
  input: PageInput,
): Promise<Record<string, Tagged>> {
  const htmlPath = join(dir, "index.html");
  writeFileSync(htmlPath, pageHtml(bundle, input));
  return readReport(await dumpDom(chromium, htmlPath, join(dir, "profile")));
}
