// What `tlgen generate` says when there is neither a config file nor an option saying what to
// generate: what to write, rather than a guess (it never falls back to tlgen's own project).
import { bundledLayer } from "../../input/project-files.ts";
import { CONFIG_NAMES } from "../../config/load-config.ts";

export function noConfigMessage(): string {
  return `tlgen: nothing to generate: no ${CONFIG_NAMES.join(", ")} here or above (up to package.json), and no options.

Write tlgen.config.mjs (or .ts, .js, .json) in your project:

  import { defineConfig } from "tlgen";

  export default defineConfig({
    include: ["messages.*ChatInvite*"], // the methods to generate (or selection: "roots.txt", or all: true)
    out: "tl",                          // where the package goes
    name: "my-tl",                      // its npm name
    // schema: "api.tl",                // your own schema; without it, tlgen's own (layer ${bundledLayer() ?? "?"})
  });

then run "tlgen generate". Or say it all with options:

  tlgen generate --include 'messages.*ChatInvite*' --out tl --name my-tl

Run "tlgen generate --help" for every option.
`;
}
