// Preloaded with `node --import` by the interrupted-generation test: SIGKILLs the process right
// after the rename that moves the output folder named by TLGEN_TEST_KILL_AFTER_MOVING aside, that
// is, in the gap between the swap's two renames, where the output folder is missing.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const target = process.env.TLGEN_TEST_KILL_AFTER_MOVING;
const renameSync = fs.renameSync;
fs.renameSync = function renameThenDie(from, to) {
  renameSync(from, to);
  if (target && String(from) === target) process.kill(process.pid, "SIGKILL");
};
syncBuiltinESMExports();
