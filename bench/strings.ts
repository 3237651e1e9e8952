// npm run bench:strings -- --against REV: this tree's string paths against those of an earlier
// commit, in one process, interleaved: TlWriter.string and TlReader.string on text in each
// script at the lengths TL traffic has, and the package's encode and decode of whole objects
// carrying such text. REV's runtime and built package are read with `git archive`, this tree's
// are copied, both into a temporary folder (removed at the end). Every case is checked to give
// the same bytes and values in both before anything is timed. --only TEXT: the cases whose
// label contains TEXT. --smoke: a few iterations only.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../generator/input/project-files.ts";
import { isolated, paired } from "./paired.ts";
import { bytes, exportParams } from "./workloads.ts";
import { corpusBytes, titleCases } from "./workloads-multilingual.ts";

const argv = process.argv.slice(2);
const smoke = argv.includes("--smoke");
/** --only TEXT: only the cases whose label or operation contains TEXT. */
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const rev = argv.includes("--against") ? argv[argv.indexOf("--against") + 1] : "HEAD";
if (!rev || rev.startsWith("--")) throw new Error("--against needs a commit, e.g. --against HEAD~3");

/** Text by script, each long enough to cut every length below from. */
const SCRIPTS: [string, string][] = [
  ["ASCII", "Friends and family of the class of 2010, reunion chat and photos from every summer trip "],
  ["Latin accents", "Café de François: réunion des élèves, où l'on partage les photos de l'été à Zürich "],
  ["Cyrillic", "Семья и друзья: чат выпускников 2010 года, фотографии и новости с каждой поездки "],
  ["Arabic", "گروه دوستان و خانواده برای اخبار و عکس‌های سفرهای تابستانی و دیدارهای سالانه "],
  ["Devanagari", "परिवार और मित्र समूह: हर साल की यात्राओं की तस्वीरें और समाचार यहाँ साझा करें "],
  ["CJK", "家族と友達のグループ：毎年の旅行の写真とニュースをここで共有します。技术交流群欢迎大家加入讨论"],
  ["emoji", "Team invite ✨ party 🎉 with 👨‍👩‍👧 and 🇮🇷 flags 🔥 "],
];
/** Lengths in UTF-16 units: a name, a title, around the writer's and reader's switch-overs, long text. */
const LENGTHS = [8, 14, 24, 32, 40, 64, 100, 200];

const cut = (s: string, n: number): string => {
  let t = s.repeat(Math.ceil(n / s.length) + 1).slice(0, n);
  if ((t.charCodeAt(t.length - 1) & 0xfc00) === 0xd800) t = t.slice(0, -1); // no lone surrogate
  return new TextDecoder().decode(new TextEncoder().encode(t)); // a flat string, as decoded text is
};

/** The file `name` of a runtime at `root` (flat, or split into wire/ as main has it now). */
function runtimeFile(root: string, name: string): string {
  for (const dir of ["generator/runtime/wire", "generator/runtime"]) {
    const path = join(root, dir, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`no ${name} under ${root}/generator/runtime`);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;
interface Side {
  TlWriter: Any;
  TlReader: Any;
  pkg: Any;
}

/** A decode of `bytes` by side's reader `read`, as code of its own (see isolated). */
function decoding(side: Side, read: string, bytes: Uint8Array): () => unknown {
  const { decodeWith } = side.pkg;
  return isolated("return () => decodeWith(read, bytes);", { decodeWith, read: side.pkg[read], bytes });
}

async function load(root: string): Promise<Side> {
  const imp = (path: string) => import(pathToFileURL(path).href);
  return {
    TlWriter: (await imp(runtimeFile(root, "writer.ts"))).TlWriter,
    TlReader: (await imp(runtimeFile(root, "reader.ts"))).TlReader,
    pkg: {
      ...(await imp(join(root, "generated/dist/node/index.js"))),
      ...(await imp(join(root, "generated/dist/node/codecs.js"))),
    },
  };
}

const temp = mkdtempSync(join(tmpdir(), "tlgen-strings-"));
try {
  const archive = execFileSync("git", ["archive", rev, "generator/runtime", "generated/dist"], {
    cwd: PROJECT_ROOT,
    maxBuffer: 256 << 20,
  });
  mkdirSync(join(temp, "before"));
  execFileSync("tar", ["-x", "-C", join(temp, "before")], { input: archive });
  // This tree's side is a copy too: the workloads' modules already ran the package at
  // PROJECT_ROOT (building their bytes), and code the compiler has seen other values through is
  // slower than code that has seen only the benchmark's; both sides start fresh instead.
  for (const dir of ["generator/runtime", "generated/dist"])
    cpSync(join(PROJECT_ROOT, dir), join(temp, "after", dir), { recursive: true });
  const before = await load(join(temp, "before"));
  const after = await load(join(temp, "after"));
  const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

  interface Case {
    label: string;
    op: string;
    make: (side: Side) => () => unknown;
  }
  const cases: Case[] = [];
  for (const [script, text] of SCRIPTS) {
    for (const n of LENGTHS) {
      const s = cut(text, n);
      const bytes = new TextEncoder().encode(s).length;
      const label = `${script}, ${s.length} units (${bytes} B)`;
      cases.push({
        label,
        op: "TlWriter.string",
        make: (side) =>
          isolated("const w = new TlWriter(1024); return () => { w.reset(); w.string(s); return w.pos; };", {
            TlWriter: side.TlWriter,
            s,
          }),
      });
      cases.push({
        label,
        op: "TlReader.string",
        make: (side) =>
          isolated(
            "const w = new TlWriter(1024); w.string(s); const encoded = w.finish(); return () => new TlReader(encoded).string();",
            { TlWriter: side.TlWriter, TlReader: side.TlReader, s },
          ),
      });
    }
  }
  // The ASCII title of bench.ts's own rows, then the multilingual ones.
  const titled = [{ label: "ASCII title", params: exportParams, inviteBytes: bytes.invite }, ...titleCases];
  for (const t of titled) {
    cases.push({
      label: `exportChatInvite, ${t.label}`,
      op: "encode, reused writer",
      make: (side) =>
        isolated(
          "const req = new Api.messages.ExportChatInvite(params); const w = new TlWriter(1024); return () => { w.reset(); req.encodeTo(w); return w.pos; };",
          { Api: side.pkg.Api, TlWriter: side.pkg.TlWriter, params: t.params },
        ),
    });
    cases.push({
      label: `chatInviteExported, ${t.label}`,
      op: "decode",
      make: (side) => decoding(side, "readTypeExportedChatInvite", t.inviteBytes),
    });
  }
  cases.push({
    label: "ASCII: messages.exportedChatInvites, 100 invites + 20 users",
    op: "decode",
    make: (side) => decoding(side, "readTypeMessagesExportedChatInvites", bytes.inviteList),
  });
  cases.push({
    label: "corpus: messages.exportedChatInvites",
    op: "decode",
    make: (side) => decoding(side, "readTypeMessagesExportedChatInvites", corpusBytes.invites),
  });
  cases.push({
    label: "corpus: messages.chatInviteImporters",
    op: "decode",
    make: (side) => decoding(side, "readTypeMessagesChatInviteImporters", corpusBytes.importers),
  });

  // Same output from both sides first: a faster path that writes or reads other text is no figure.
  const runs = cases
    .filter((c) => only === undefined || `${c.label} ${c.op}`.includes(only))
    .map((c) => ({ c, fns: [c.make(before), c.make(after)] as const }));
  const canon = (v: unknown) =>
    JSON.stringify(v, (_, x) => (typeof x === "bigint" ? `${x}n` : x instanceof Uint8Array ? hex(x) : x));
  for (const { c, fns } of runs) {
    if (c.op === "TlWriter.string" || c.op.startsWith("encode")) continue; // compared through the readers below
    if (canon(fns[0]()) !== canon(fns[1]())) throw new Error(`before and after differ: ${c.label}, ${c.op}`);
  }
  for (const side of [before, after]) {
    for (const t of titleCases) {
      const w = new side.pkg.TlWriter(1024);
      new side.pkg.Api.messages.ExportChatInvite(t.params).encodeTo(w);
      if (hex(w.finish()) !== hex(t.ours.serialize()))
        throw new Error(`before and after encode differently: ${t.label}`);
    }
  }
  console.log(`checks passed: ${rev} and this tree give the same bytes and values for every case\n`);

  // Paired batches (paired.ts): before and after of a case alternate, a few milliseconds each.
  const rounds = smoke ? 2 : 301;
  const fmt = (ns: number) => (ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
  console.log(`| case | operation | before (${rev}) | after | after ÷ before |`);
  console.log("| --- | --- | --- | --- | --- |");
  for (const { c, fns } of runs) {
    const t = smoke ? paired(fns[0], fns[1], rounds, 0.05, 1) : paired(fns[0], fns[1], rounds);
    console.log(`| ${c.label} | ${c.op} | ${fmt(t.a)} | ${fmt(t.b)} | ${t.ratio.toFixed(2)} |`);
  }
  console.log(
    `\nnode ${process.version}, ${smoke ? "smoke mode (figures not meaningful)" : `${rounds} pairs of alternating batches of about 0.5 ms: fastest batch of each side, median of the pairs' ratios`}`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
