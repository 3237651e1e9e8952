const fromCharCode = String.fromCharCode;
const READ_UTF8_MAX = 255;
const units = /* @__PURE__ */ new Uint16Array(READ_UTF8_MAX);
function writeUtf8(value, i, buf, p) {
  const n = value.length;
  for (; i < n; i++) {
    let c = value.charCodeAt(i);
    if (c < 128) {
      buf[p++] = c;
    } else if (c < 2048) {
      buf[p] = 192 | c >> 6;
      buf[p + 1] = 128 | c & 63;
      p += 2;
    } else {
      if ((c & 63488) === 55296) {
        const d = i + 1 < n ? value.charCodeAt(i + 1) : 0;
        if (c < 56320 && (d & 64512) === 56320) {
          const cp = (c - 55296 << 10) + (d - 56320) + 65536;
          buf[p] = 240 | cp >> 18;
          buf[p + 1] = 128 | cp >> 12 & 63;
          buf[p + 2] = 128 | cp >> 6 & 63;
          buf[p + 3] = 128 | cp & 63;
          p += 4;
          i++;
          continue;
        }
        c = 65533;
      }
      buf[p] = 224 | c >> 12;
      buf[p + 1] = 128 | c >> 6 & 63;
      buf[p + 2] = 128 | c & 63;
      p += 3;
    }
  }
  return p;
}
function readUtf8(bytes, from, to) {
  let k = 0;
  let i = from;
  while (i < to) {
    const c = bytes[i];
    if (c < 128) {
      units[k++] = c;
      i++;
    } else if (c < 224) {
      if (c < 194 || i + 1 >= to) return void 0;
      const c1 = bytes[i + 1];
      if ((c1 & 192) !== 128) return void 0;
      units[k++] = (c & 31) << 6 | c1 & 63;
      i += 2;
    } else if (c < 240) {
      if (i + 2 >= to) return void 0;
      const c1 = bytes[i + 1];
      const c2 = bytes[i + 2];
      const cp = (c & 15) << 12 | (c1 & 63) << 6 | c2 & 63;
      if ((c1 & 192) !== 128 || (c2 & 192) !== 128 || cp < 2048 || (cp & 63488) === 55296) return void 0;
      units[k++] = cp;
      i += 3;
    } else {
      if (c > 244 || i + 3 >= to) return void 0;
      const c1 = bytes[i + 1];
      const c2 = bytes[i + 2];
      const c3 = bytes[i + 3];
      const cp = (c & 7) << 18 | (c1 & 63) << 12 | (c2 & 63) << 6 | c3 & 63;
      if ((c1 & 192) !== 128 || (c2 & 192) !== 128 || (c3 & 192) !== 128 || cp < 65536 || cp > 1114111)
        return void 0;
      units[k] = 55232 + (cp >> 10);
      units[k + 1] = 56320 | cp & 1023;
      k += 2;
      i += 4;
    }
  }
  let out = "";
  let j = 0;
  for (; j + 8 <= k; j += 8) {
    out += fromCharCode(
      units[j],
      units[j + 1],
      units[j + 2],
      units[j + 3],
      units[j + 4],
      units[j + 5],
      units[j + 6],
      units[j + 7]
    );
  }
  for (; j < k; j++) out += fromCharCode(units[j]);
  return out;
}
export {
  READ_UTF8_MAX,
  readUtf8,
  writeUtf8
};
