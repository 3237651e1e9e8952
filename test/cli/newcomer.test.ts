// The CLI as a newcomer meets it: --version, "did you mean" for commands, options and patterns,
// our own messages for unknown options, system errors in words, exit 2 for usage errors,
// counts in words, per-command help, and a bare `tlgen generate` that says what to write.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { tlgen } from "./tlgen.ts";
import { tempDir } from "../support/temp-dir.ts";

/** A fresh project folder (a package.json and nothing else tlgen knows). */
function emptyProject(): string {
  const dir = tempDir("tlgen-newcomer-");
  writeFileSync(join(dir, "package.json"), '{ "name": "newcomer", "private": true }\n');
  return dir;
}

const fixture = (): string => ["builtins.tl", "emitter-cases.tl"].map((f) => readFileSync(join(PROJECT_ROOT, "schema", "fixtures", f), "utf8")).join("\n");

describe("the tlgen command for a newcomer", () => {
  it("prints its version with --version", () => {
    const version = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;
    const r = tlgen(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `tlgen ${version}\n`, stderr: "" });
  });

  it("suggests the command or option meant, and exits 2", () => {
    expect(tlgen(["generat"])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "generat"; did you mean "generate"?') });
    expect(tlgen(["--versoin"])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option --versoin; did you mean --version?") });
    const flag = tlgen(["generate", "--outt", "x"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('tlgen: unknown option --outt for "tlgen generate"; did you mean --out?\nRun "tlgen generate --help" for usage.\n');
  });

  it("says in its own words what is wrong with an option's value", () => {
    expect(tlgen(["generate", "--out"]).stderr).toMatch(/^tlgen: --out needs a value: --out DIR\n/);
    expect(tlgen(["generate", "--all=yes"]).stderr).toMatch(/^tlgen: --all takes no value \(got "yes"\)\n/);
    expect(tlgen(["generate", "--layer", "two"]).stderr).toMatch(/^tlgen: --layer must be a layer number, 0 or more \(got "two"\)\n/);
    for (const r of [tlgen(["generate", "--out"]), tlgen(["check", "--jsno", "x.tl"])]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional argument/);
    }
  });

  it("says what to write when a project has neither a config nor options, and writes nothing", () => {
    const dir = emptyProject();
    const r = tlgen(["generate"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tlgen: nothing to generate: no tlgen.config.ts, tlgen.config.mjs, tlgen.config.js, tlgen.config.json here");
    expect(r.stderr).toContain('import { defineConfig } from "tlgen";');
    expect(r.stderr).toContain("tlgen generate --include 'messages.*ChatInvite*' --out tl --name my-tl");
    expect(readdirSync(dir)).toEqual(["package.json"]);
  });

  it("names system errors in words: no such file, is a directory", () => {
    const dir = emptyProject();
    expect(tlgen(["generate", "--schema", "x.tl", "--all"], { cwd: dir }).stderr).toBe('tlgen: no such file: x.tl\nRun "tlgen generate --help" for usage.\n');
    const folder = tlgen(["generate", "--schema", ".", "--all"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^tlgen: is a directory, not a file: \.\n/);
    expect(readdirSync(dir)).toEqual(["package.json"]);
  });

  it("counts in words: 1 method", () => {
    const dir = emptyProject();
    writeFileSync(join(dir, "s.tl"), fixture());
    const r = tlgen(["generate", "--schema", "s.tl", "--include", "getThing", "--out", "pkg", "--no-cache"], { cwd: dir });
    expect(r.stdout).toMatch(/^pkg: pkg, layer 0, 1 method, \d+ constructors, \d+ types, \d+ files in /);
    // A schema without a layer line gets layer 0, and a word on how to give one.
    expect(r.stderr).toMatch(/^warning\[TL023\]: the schema declares no layer \(no `\/\/ LAYER N` line\): the package is generated at layer 0\n --> s\.tl:1:1\n/);
    expect(r.stderr).toContain("= note: give it with --layer N (or the config's layer), or add a `// LAYER N` line to the schema");
    const given = tlgen(["generate", "--schema", "s.tl", "--include", "getThing", "--out", "pkg7", "--layer", "7", "--no-cache"], { cwd: dir });
    expect(given.stderr).toBe("");
    expect(given.stdout).toMatch(/^pkg7: pkg7, layer 7, /);
    // A --layer that contradicts the schema's own line is used, and said to be a label only.
    writeFileSync(join(dir, "s9.tl"), `// LAYER 9\n${fixture()}`);
    const contradicting = tlgen(["generate", "--schema", "s9.tl", "--include", "getThing", "--out", "pkg5", "--layer", "5", "--no-cache"], { cwd: dir });
    expect(contradicting.stderr).toMatch(/^warning\[TL024\]: the package is labelled layer 5 \(--layer\), but the schema declares layer 9\n/);
    expect(contradicting.stdout).toMatch(/^pkg5: pkg5, layer 5, /);
  });

  it("hints at the name an --include pattern that matches nothing meant", () => {
    const dir = emptyProject();
    const cased = tlgen(["generate", "--include", "messages.exportchatinvite", "--out", "pkg"], { cwd: dir });
    expect(cased.code).toBe(1);
    expect(cased.stderr).toContain('error[TL020]: "messages.exportchatinvite" matches no function of the schema');
    expect(cased.stderr).toContain('= note: names are case-sensitive; ignoring case, "messages.exportchatinvite" matches messages.exportChatInvite');
    const typo = tlgen(["generate", "--include", "messages.exportChatInvit", "--out", "pkg"], { cwd: dir });
    expect(typo.stderr).toContain('= note: did you mean "messages.exportChatInvite"?');
    expect(readdirSync(dir)).toEqual(["package.json"]);
  });

  it("shows only generate's options with generate --help (and tlgen help generate)", () => {
    const r = tlgen(["generate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tlgen generate \[options\]/);
    for (const option of ["--config FILE", "--schema FILE", "--schema-from PKG", "--include PATTERN", "--layer N", "--out DIR", "--watch", "--no-cache"]) expect(r.stdout).toContain(option);
    expect(r.stdout).not.toContain("--json");
    expect(r.stdout).not.toContain("OLD.tl");
    expect(tlgen(["help", "generate"]).stdout).toBe(r.stdout);
  });
});
