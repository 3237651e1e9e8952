// Where each line of a text starts, found once, so that turning an offset into a line and column
// (or a line number into its text) costs a binary search instead of a scan of the whole text.
// A UTF-8 byte order mark at the start is not a column: positions and line text leave it out.

/** A 1-based line and column (columns count UTF-16 code units, as the parser's do). */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset of the first character of each line; starts[0] is 0. */
  private readonly starts: number[];
  /** 1 when the text starts with a byte order mark, else 0. */
  private readonly bom: number;

  constructor(private readonly text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line and column of `offset` (clamped to the text). */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const bom = lo === 0 && at > 0 ? this.bom : 0;
    return { line: lo + 1, column: at - this.starts[lo] + 1 - bom };
  }

  /** The offset where 1-based `line` starts (the text's length past the last line). */
  lineStart(line: number): number {
    return line <= this.starts.length ? this.starts[Math.max(0, line - 1)] : this.text.length;
  }

  /** The text of 1-based `line`, without its line break; "" past the end. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) return "";
    const start = line === 1 ? this.bom : this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, "");
  }
}
