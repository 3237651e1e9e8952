// Doc comments are on every exported declaration of generated/src (and on the members of
// request classes and object types), and the hover text of a request says what users need.
import { beforeAll, describe, expect, it } from "vitest";
import { Node, Project, type JSDocableNode } from "ts-morph";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../generator/input/project-files.ts";
import { listTree } from "../../generator/base/files.ts";

const SRC = join(PROJECT_ROOT, "generated", "src");
// Loaded before the tests run, not while they are collected.
let project: Project;
beforeAll(() => {
  project = new Project({ skipAddingFilesFromTsConfig: true });
  for (const f of listTree(SRC)) project.addSourceFileAtPath(join(SRC, f));
});

function docText(node: JSDocableNode): string {
  return node.getJsDocs().map((d) => d.getFullText()).join("\n");
}

describe("doc comments in generated/", () => {
  it("are present on every exported declaration and every member of exported classes and interfaces", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of project.getSourceFiles()) {
      for (const statement of file.getStatements()) {
        if (!Node.isExportable(statement) || !statement.isExported()) continue;
        if (!Node.isJSDocable(statement)) continue;
        checked++;
        const name = Node.hasName(statement) ? statement.getName() : statement.getKindName();
        if (statement.getJsDocs().length === 0) missing.push(`${file.getBaseName()}: ${name}`);
        const members = Node.isClassDeclaration(statement) ? statement.getMembers() : Node.isInterfaceDeclaration(statement) ? statement.getMembers() : [];
        for (const m of members) {
          checked++;
          if (Node.isConstructorDeclaration(m)) continue;
          const isPrivate = (Node.isPropertyDeclaration(m) || Node.isMethodDeclaration(m) || Node.isGetAccessorDeclaration(m)) && m.getScope() === "private";
          if (Node.isJSDocable(m) && m.getJsDocs().length === 0 && !isPrivate) {
            if (Node.isMethodDeclaration(m) || Node.isPropertyDeclaration(m) || Node.isPropertySignature(m) || Node.isGetAccessorDeclaration(m)) {
              missing.push(`${file.getBaseName()}: ${name}.${m.getName()}`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it("gives exportChatInvite's hover text its description, result, bot availability and errors", () => {
    const cls = project.getSourceFileOrThrow(join(SRC, "requests", "messages.ts")).getClassOrThrow("ExportChatInvite");
    const text = docText(cls);
    expect(text).toContain("Export an invite link for a chat");
    expect(text).toContain("Returns `TypeExportedChatInvite`.");
    expect(text).toContain("Bots and users can use this method.");
    for (const error of ["CHAT_ADMIN_REQUIRED", "EXPIRE_DATE_INVALID", "USAGE_LIMIT_INVALID", "PEER_ID_INVALID"]) expect(text).toContain(error);
    expect(text).toContain("messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true");
    expect(text).not.toContain("Declared at"); // the package does not ship the schema
    const usageLimit = project.getSourceFileOrThrow(join(SRC, "requests", "messages.ts")).getInterfaceOrThrow("ExportChatInviteParams");
    expect(usageLimit.getText()).toContain("Maximum number of users that can join using this link");
  });

  it("explains a ?Bool field's false and a shared flag bit", () => {
    const types = project.getSourceFileOrThrow(join(SRC, "requests", "messages.ts")).getText();
    expect(types).toContain("Shares its flag bit with `offsetLink`: give all of the value fields or none");
    const toggle = project.getSourceFileOrThrow(join(SRC, "types.ts")).getText();
    expect(toggle).toContain("Tri-state: leave it out to send nothing; `false` is sent as `boolFalse` with the bit set.");
  });
});
