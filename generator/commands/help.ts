// The text of `tlgen --help`.
export const HELP = `tlgen: TL schema -> typed TypeScript package for Telegram's chat-invite methods

Usage:
  tlgen generate [options]         generate the package into generated/
  tlgen check [--json] FILE...     parse and check schema files (read together as one schema)
  tlgen diff [--selection] [--json] OLD.tl NEW.tl
                                   what changed between two schema files, and what breaks
  tlgen help                       this text

generate reads schema/api.tl and schema/mtproto.tl, selects the methods listed in
schema/selection.txt, and writes them with everything they need to generated/.
  --schema FILE      a schema file to read instead of the defaults (repeatable)
  --selection FILE   the roots file (default schema/selection.txt)
  --include PATTERN  generate the functions matching PATTERN instead (repeatable; * = any)
  --all              generate every function of the schema
  --out DIR          where to write (default generated/)
  --docs FILE        descriptions, errors, availability (default schema/api-docs.json with
                     the default schema; none with --schema)
  --name NAME        the generated package's name (default tl-invite)
  --check            write nothing; exit 1 and list what differs if the output is stale
  --watch            regenerate whenever a schema file, the selection or the docs change
  --no-cache         ignore .tlgen-cache/ (an unchanged run otherwise reuses the last output)

check prints every problem with its file:line:column and a caret excerpt, then a summary
(layer, constructors, functions, ids verified and mismatched, time).
  --json   print one JSON object instead:
           { layer, constructors, functions, idsChecked, idsMismatched, diagnostics }

diff lists methods and constructors added and removed, ids changed, parameters added, removed
or retyped, and result types changed, marking what breaks existing callers.
  --selection        only the methods of schema/selection.txt and what they need
  --json             the same as data

Exit codes: 0 no errors, 1 errors in the input, 2 bad usage.
`;
