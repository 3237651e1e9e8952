// This repository's own package: the bundled schema's chat-invite selection, written to
// generated/ as tl-invite. `npm run generate` (tlgen generate) reads it.
import { defineConfig } from "tlgen";

export default defineConfig({
  schema: ["schema/api.tl", "schema/mtproto.tl"],
  selection: "schema/selection.txt",
  docs: "schema/api-docs.json",
  out: "generated",
  name: "tl-invite",
});
