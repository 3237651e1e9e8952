import { inputFor } from "../peers/peer-input.js";
import { UnknownPeerError } from "../peers/peer-errors.js";
import { markedIdOf } from "../peers/peer-ids.js";
import { PeerCache } from "../peers/peer-cache.js";
function gramjsPeers(cache = new PeerCache()) {
  return {
    cache,
    step(value, kind) {
      if (typeof value === "string") return { ask: value };
      if (typeof value === "object" && value !== null && typeof value._ !== "string")
        return { ask: value };
      try {
        return { input: inputFor(value, kind, cache) };
      } catch (e) {
        if (!(e instanceof UnknownPeerError)) throw e;
        return { ask: typeof value === "number" || typeof value === "bigint" ? value : markedIdOf(e.peer) };
      }
    }
  };
}
export {
  gramjsPeers
};
