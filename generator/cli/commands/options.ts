// The options of each command: what the parser accepts and what --help lists, in one place.
import type { OptionSpecs } from "./args.ts";

export const GENERATE_OPTIONS: OptionSpecs = {
  config: { type: "string", value: "FILE", help: "the config file (default: tlgen.config.ts, .mjs, .js or .json\nhere or in a folder above, up to the project's package.json)" },
  schema: { type: "string", multiple: true, value: "FILE", help: "a schema file instead of the bundled schema" },
  "schema-from": { type: "string", value: "PKG", help: 'the schema and layer of an installed package: "telegram" (GramJS)' },
  include: { type: "string", multiple: true, value: "PATTERN", help: "generate the methods matching PATTERN (* = any run of characters)" },
  selection: { type: "string", value: "FILE", help: "a roots file: one pattern per line, # comments" },
  all: { type: "boolean", help: "generate every method of the schema" },
  out: { type: "string", value: "DIR", help: "where to write the package (default: generated)" },
  name: { type: "string", value: "NAME", help: "the package's npm name (default: the output folder's name)" },
  layer: { type: "string", value: "N", help: "the layer, for a schema without a // LAYER line" },
  docs: { type: "string", value: "FILE", help: "descriptions, errors and availability (default: the bundled ones,\napplied to every declaration whose name and id match)" },
  "no-docs": { type: "boolean", help: "generate without descriptions" },
  "older-layers": { type: "string", value: "N", help: "the oldest layer whose constructors the readers also read\n(default: the whole layer history tlgen ships)" },
  "no-older-layers": { type: "boolean", help: "read only the package's own layer" },
  check: { type: "boolean", help: "write nothing; exit 1 and list what differs if the output is stale" },
  watch: { type: "boolean", help: "regenerate whenever an input changes" },
  "cache-dir": { type: "string", value: "DIR", help: "where unchanged runs are cached (default: node_modules/.cache/tlgen)" },
  "no-cache": { type: "boolean", help: "neither read nor write the cache" },
  timings: { type: "boolean", help: "print where the time went, phase by phase (to stderr)" },
};

export const CHECK_OPTIONS: OptionSpecs = {
  json: { type: "boolean", help: "print one JSON object: { layer, constructors, functions, idsChecked,\nidsMismatched, idsAllowlisted, diagnostics, milliseconds }" },
};

export const DIFF_OPTIONS: OptionSpecs = {
  selection: { type: "boolean", help: "only the methods of the bundled selection and what they need" },
  json: { type: "boolean", help: "the same as data" },
};
