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
function mostlyAscii(b, at) {
  const x = b[at] | b[at + 1] | b[at + 2] | b[at + 3] | b[at + 4] | b[at + 5] | b[at + 6] | b[at + 7];
  if (x < 128) return true;
  let other = 0;
  for (let i = at; i < at + 16; i++) other += b[i] >>> 7;
  return other <= 4;
}
function asciiTail(b, j, to, out) {
  let x = 0;
  for (let i = j; i < to; i++) x |= b[i];
  if (x & 128) return void 0;
  switch (to - j) {
    case 1:
      return out + fromCharCode(b[j]);
    case 2:
      return out + fromCharCode(b[j], b[j + 1]);
    case 3:
      return out + fromCharCode(b[j], b[j + 1], b[j + 2]);
    case 4:
      return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3]);
    case 5:
      return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4]);
    case 6:
      return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4], b[j + 5]);
    case 7:
      return out + fromCharCode(b[j], b[j + 1], b[j + 2], b[j + 3], b[j + 4], b[j + 5], b[j + 6]);
  }
  return out;
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
  return text(k);
}
function text(k) {
  const u = units;
  let out = "";
  let j = 0;
  for (; k - j > 8; j += 8) {
    out += fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6], u[j + 7]);
  }
  switch (k - j) {
    case 1:
      return out + fromCharCode(u[j]);
    case 2:
      return out + fromCharCode(u[j], u[j + 1]);
    case 3:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2]);
    case 4:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3]);
    case 5:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4]);
    case 6:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5]);
    case 7:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6]);
    case 8:
      return out + fromCharCode(u[j], u[j + 1], u[j + 2], u[j + 3], u[j + 4], u[j + 5], u[j + 6], u[j + 7]);
  }
  return out;
}
function utf8Length(s, stop = Infinity) {
  if (s.length > stop) return s.length;
  let n = 0;
  for (let i = 0; i < s.length && n <= stop; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
export {
  READ_UTF8_MAX,
  asciiTail,
  mostlyAscii,
  readUtf8,
  utf8Length,
  writeUtf8
};
