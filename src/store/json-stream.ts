/**
 * A JSON array read piece by piece: text goes in as it arrives (a zip entry being inflated, a file
 * being read), each complete element comes out as its own JSON text, so a large array never sits
 * in memory whole, parsed or not. Only the array's structure is scanned here (strings, nesting);
 * each element is parsed by JSON.parse where it is used.
 */

export interface ArrayElement {
  /** The element's JSON text. */
  text: string;
  /** Position in the array, from 1. */
  index: number;
  /** Line of the element's first character, from 1. */
  line: number;
}

export interface ArrayProblem {
  line: number;
  detail: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const NEWLINE = 10;
const NOT_ARRAY = 'not a JSON array';

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

export class JsonArrayStream {
  /** Text not yet handed out (from the start of the element being read, or what is left to scan). */
  private buf = '';
  /** Where scanning goes on in `buf`. */
  private pos = 0;
  /** Start of the current element in `buf` (-1: between elements). */
  private start = -1;
  private startLine = 1;
  private line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private state: 'before' | 'inside' | 'after' = 'before';
  private count = 0;
  /** Set when the text is not an array, or is broken at the array level. */
  problem: ArrayProblem | null = null;

  /** The text does not start with `[` (it may be one object, or JSON lines). */
  get notArray(): boolean {
    return this.problem?.detail === NOT_ARRAY;
  }

  /** Elements completed by `text`. After a problem nothing more is read. */
  push(text: string): ArrayElement[] {
    const out: ArrayElement[] = [];
    if (this.problem) return out;
    this.buf = this.start >= 0 ? this.buf + text : this.buf.slice(this.pos) + text;
    if (this.start < 0) this.pos = 0;
    const b = this.buf;
    let i = this.pos;
    for (; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        else if (c === NEWLINE) this.line++;
        continue;
      }
      if (c === NEWLINE) this.line++;
      if (this.state === 'before') {
        if (isSpace(c)) continue;
        if (c !== OPEN_BRACKET) {
          this.problem = { line: this.line, detail: NOT_ARRAY };
          return out;
        }
        this.state = 'inside';
        continue;
      }
      if (this.state === 'after') {
        if (!isSpace(c)) {
          this.problem = { line: this.line, detail: 'text after the end of the array' };
          return out;
        }
        continue;
      }
      if (this.depth === 0) {
        if (c === COMMA || c === CLOSE_BRACKET) {
          if (this.start >= 0) {
            out.push(this.element(b.slice(this.start, i).trimEnd()));
            this.start = -1;
          } else if (c === COMMA || this.count > 0) {
            this.problem = { line: this.line, detail: c === COMMA ? 'an empty element' : 'a comma before the end of the array' };
            return out;
          }
          if (c === CLOSE_BRACKET) this.state = 'after';
          continue;
        }
        if (isSpace(c)) continue;
        if (this.start < 0) {
          this.start = i;
          this.startLine = this.line;
        }
      }
      if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) this.depth--;
    }
    // Keep only what the next push needs: the element being read, or nothing.
    if (this.start >= 0) {
      this.buf = b.slice(this.start);
      this.start = 0;
      this.pos = this.buf.length;
    } else {
      this.buf = '';
      this.pos = 0;
    }
    return out;
  }

  /**
   * Call at the end of the text: a problem when the array was not closed. A last element that is
   * whole (the text ends right after it) is still given, so a cut file loses only what was cut.
   */
  end(): { elements: ArrayElement[]; problem: ArrayProblem | null } {
    const elements: ArrayElement[] = [];
    if (!this.problem && this.state !== 'after') {
      if (this.state === 'inside' && this.start >= 0 && this.depth === 0 && !this.inString) {
        elements.push(this.element(this.buf.slice(this.start).trimEnd()));
        this.start = -1;
      }
      this.problem = { line: this.line, detail: this.state === 'before' ? 'no JSON array' : 'the array is not closed (the text ends inside it)' };
    }
    this.buf = '';
    return { elements, problem: this.problem };
  }

  private element(text: string): ArrayElement {
    this.count++;
    return { text, index: this.count, line: this.startLine };
  }
}
