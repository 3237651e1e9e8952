// A `Vector<T>` answer (users.getUsers returns one) encoded with the package's public API: the
// vector's id and count with TlWriter.id, then each item with its generated writer.
import { encodeWith, type TlWriter } from "tl-invite";

const VECTOR_ID = 0x1cb5c415;

export function encodeVectorResult<T>(items: T[], write: (w: TlWriter, item: T) => void): Uint8Array {
  return encodeWith(
    (w, list: T[]) => {
      w.id(VECTOR_ID);
      w.id(list.length);
      for (const item of list) write(w, item);
    },
    items,
    "Vector",
  );
}
