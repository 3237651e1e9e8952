// A small browser consumer of the generated package, bundled by test/browser/browser.test.ts
// (esbuild, platform browser) and run in headless Chromium. It reads the answers to decode from
// <script id="tlgen-input">, and writes everything it did into <pre id="tlgen-result"> as
// URI-encoded JSON (so nothing in it is changed when the browser prints the DOM).
import { Api, TlDecodeError, decodeWith, encodeWith, readTypeExportedChatInvite } from "tl-invite";
import { writeTypeExportedChatInvite } from "tl-invite/codecs";
import { ImportChatInvite } from "tl-invite/messages";
import { exportParams, fromHex, importParams, invite, tag, toHex, type PageInput, type Tagged } from "./vectors.ts";

/** What a failed decode looked like inside the page. */
function describeError(e: unknown): Tagged {
  if (!(e instanceof Error)) return { thrown: String(e) };
  return {
    name: e.name,
    isTlDecodeError: e instanceof TlDecodeError,
    message: e.message,
    offset: e instanceof TlDecodeError ? e.offset : null,
  };
}

/** Runs every step the test checks; a step that throws ends the run with its error reported. */
function run(input: PageInput): Record<string, Tagged> {
  const report: Record<string, Tagged> = {};
  try {
    const request = new Api.messages.ExportChatInvite(exportParams);
    report.exportChatInvite = toHex(request.serialize());
    report.importChatInvite = toHex(new ImportChatInvite(importParams).serialize());
    report.decoded = tag(request.decodeResult(fromHex(input.answerHex)));
    report.encodedInvite = toHex(encodeWith(writeTypeExportedChatInvite, invite, "ExportedChatInvite"));
    report.decodedWith = tag(decodeWith(readTypeExportedChatInvite, fromHex(input.answerHex)));
    try {
      report.truncated = { decoded: tag(request.decodeResult(fromHex(input.truncatedHex))) };
    } catch (e) {
      report.truncated = describeError(e);
    }
  } catch (e) {
    report.error = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  }
  report.userAgent = navigator.userAgent;
  return report;
}

const input = JSON.parse(document.getElementById("tlgen-input")!.textContent!) as PageInput;
const report = run(input);
report.done = true;
document.getElementById("tlgen-result")!.textContent = encodeURIComponent(JSON.stringify(report));
