/**
 * What `rasid ingest` reads: files, folders (recursive), glob patterns and `-` (stdin), turned into a
 * stream of items: a page (text or HTML, read by `readArticle`) or a JSON record (JSONL lines, JSON
 * arrays, `.zip` archives of either). Problems become error items with file, line and code; the
 * stream goes on.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { RasidError, asRasidError, type ErrorCode } from '../doc/errors.js';
import { DEFAULT_MAX_BYTES as MAX_BYTES } from '../article/decode.js';
import { readArticles } from '../article/read.js';
import type { Doc } from '../doc/doc.js';
import { JsonArrayStream, type ArrayElement } from './json-stream.js';

export type Item =
  | { kind: 'page'; origin: string; path: string; bytes: Uint8Array; weight: number }
  | { kind: 'record'; origin: string; path: string; line: number; record: unknown; weight: number }
  /** An article already read (a feed item): only the pipeline is left to run. */
  | { kind: 'doc'; origin: string; path: string; doc: Doc; weight: number }
  | { kind: 'error'; origin: string; path: string; line?: number; code: ErrorCode; message: string; weight: number };

const RECORD_EXT = new Set(['.jsonl', '.ndjson', '.json']);
const PAGE_EXT = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
const ARCHIVE_EXT = new Set(['.zip']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);

/** Files a folder walk picks up (others, and hidden files, are skipped). */
export function isIngestible(path: string): boolean {
  const lower = path.toLowerCase();
  if (lower.endsWith('.gz')) return /\.(html?|xhtml|txt)\.gz$/u.test(lower);
  const e = extname(lower);
  return RECORD_EXT.has(e) || PAGE_EXT.has(e) || ARCHIVE_EXT.has(e) || FEED_EXT.has(e);
}

function errorItem(e: unknown, path: string, origin: string, weight: number, line?: number): Item {
  const re = asRasidError(e);
  return { kind: 'error', origin, path, ...(line !== undefined ? { line } : {}), code: re.code, message: re.message, weight };
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && isIngestible(p)) out.push(p);
  }
}

const GLOB_CHARS = /[*?[]/;

/** A glob pattern (`*`, `**`, `?`, `[...]`) as a regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = pattern.indexOf(']', i + 1);
      if (j < 0) re += '\\[';
      else {
        let cls = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += '[' + cls + ']';
        i = j;
      }
    } else re += /[.+^${}()|\\/]/.test(c) ? '\\' + c : c;
  }
  return new RegExp('^' + re + '$', 'u');
}

/** Expand one argument to files: a file, a folder (recursive) or a glob pattern. */
export function expandPath(arg: string): string[] {
  if (!GLOB_CHARS.test(arg) || existsSync(arg)) {
    if (!existsSync(arg)) throw new RasidError('E_INPUT_MISSING', { path: arg });
    if (statSync(arg).isDirectory()) {
      const out: string[] = [];
      walk(arg, out);
      return out;
    }
    return [arg];
  }
  const norm = arg.split(sep).join('/');
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    fixed.push(p);
  }
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  const re = globToRegExp(norm.startsWith('./') ? norm.slice(2) : norm);
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      const rel = (base === '.' ? relative('.', p) : p).split(sep).join('/');
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && re.test(rel)) found.push(p);
    }
  };
  visit(base);
  return found;
}

function jsonLine(message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

function lineAt(text: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Records of a JSON text: an array, one object, or (when that fails) JSON lines. */
function* jsonRecords(text: string, path: string, weight: number): Generator<Item> {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[')) {
    if (trimmed.startsWith('{') && text.includes('\n')) {
      yield* jsonlRecords(text, path, weight);
      return;
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const pos = jsonLine((e as Error).message);
    const line = pos !== undefined ? lineAt(text, pos) : 1;
    yield errorItem(new RasidError('E_JSON_INVALID', { path, line, detail: (e as Error).message }), path, `${path}:${line}`, weight, line);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  const w = weight / Math.max(1, list.length);
  for (let i = 0; i < list.length; i++) {
    yield { kind: 'record', origin: `${path}#${i + 1}`, path, line: i + 1, record: list[i], weight: w };
  }
}

function* jsonlRecords(text: string, path: string, weight: number): Generator<Item> {
  const lines = text.split('\n');
  const w = weight / Math.max(1, lines.length);
  for (let i = 0; i < lines.length; i++) yield* jsonlLine(lines[i]!, path, i + 1, w);
}

function* jsonlLine(raw: string, path: string, line: number, weight: number): Generator<Item> {
  const l = raw.trim();
  const origin = `${path}:${line}`;
  if (!l) return;
  if (l.length > MAX_BYTES) {
    yield errorItem(new RasidError('E_INPUT_TOO_LARGE', { size: Buffer.byteLength(l), limit: MAX_BYTES, path: origin }), path, origin, weight, line);
    return;
  }
  let record: unknown;
  try {
    record = JSON.parse(l);
  } catch (e) {
    yield errorItem(new RasidError('E_JSON_INVALID', { path, line, detail: (e as Error).message }), path, origin, weight, line);
    return;
  }
  yield { kind: 'record', origin, path, line, record, weight };
}

const CHUNK = 1 << 16;

/** A file read in chunks of 64 KB. */
function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buf, 0, CHUNK, null);
      if (n <= 0) break;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The records of JSON text arriving in chunks (a file being read, a zip entry being inflated): a
 * JSON array is read element by element, so memory stays bounded; anything else (one object,
 * JSON lines) is gathered and read whole. Each chunk carries the share of the input's size it
 * stands for (the progress estimate).
 */
class JsonRecordReader {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly stream = new JsonArrayStream();
  private whole: string[] | null = null;
  private weight = 0;
  private pending = 0;
  constructor(private readonly path: string) {}

  *push(data: Uint8Array, weight: number): Generator<Item> {
    this.weight += weight;
    this.pending += weight;
    yield* this.feed(this.decoder.decode(data, { stream: true }));
  }

  *end(): Generator<Item> {
    yield* this.feed(this.decoder.decode());
    const path = this.path;
    if (this.whole) {
      yield* jsonRecords(this.whole.join(''), path, this.weight);
      return;
    }
    const { elements, problem } = this.stream.end();
    yield* this.records(elements);
    if (problem) {
      yield errorItem(new RasidError('E_JSON_INVALID', { path, line: problem.line, detail: problem.detail }), path, `${path}:${problem.line}`, this.pending, problem.line);
    }
  }

  private *feed(text: string): Generator<Item> {
    if (this.whole) {
      this.whole.push(text);
      return;
    }
    if (this.stream.problem) return;
    const elements = this.stream.push(text);
    if (this.stream.notArray) {
      this.whole = [text];
      return;
    }
    yield* this.records(elements);
  }

  private *records(elements: ArrayElement[]): Generator<Item> {
    const path = this.path;
    for (const el of elements) {
      const w = this.pending;
      this.pending = 0;
      let record: unknown;
      try {
        record = JSON.parse(el.text);
      } catch (e) {
        yield errorItem(new RasidError('E_JSON_INVALID', { path, line: el.line, detail: (e as Error).message }), path, `${path}:${el.line}`, w, el.line);
        continue;
      }
      yield { kind: 'record', origin: `${path}#${el.index}`, path, line: el.index, record, weight: w };
    }
  }
}

/** A .json file on disk, read in chunks. */
function* jsonFileItems(path: string, size: number): Generator<Item> {
  const reader = new JsonRecordReader(path);
  for (const data of fileChunks(path)) yield* reader.push(data, size ? data.length : 0);
  yield* reader.end();
}

type ZipEvent = { entry: string; data: Uint8Array; final: boolean } | { entry: string; error: string };

function isZipStart(data: Uint8Array): boolean {
  // A local file header, or the end record of an empty archive.
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6));
}

/**
 * A .zip archive read and inflated in chunks, one entry after another: a JSON entry's records come
 * out while it is being inflated (a large daily dump never sits in memory whole); pages are
 * gathered whole. Entries come in archive order.
 */
function* zipItems(path: string, size: number): Generator<Item> {
  const events: ZipEvent[] = [];
  const unzip = new Unzip((file) => {
    const name = file.name;
    if (name.endsWith('/') || basename(name).startsWith('.') || name.startsWith('__MACOSX') || !isIngestible(name) || ARCHIVE_EXT.has(extname(name).toLowerCase())) return;
    file.ondata = (err, data, final) => events.push(err ? { entry: name, error: err.message } : { entry: name, data, final });
    try {
      file.start();
    } catch (err) {
      events.push({ entry: name, error: (err as Error).message });
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const invalid = (detail: string, entry?: string) => {
    const where = entry ? `${path}!${entry}` : path;
    return errorItem(new RasidError('E_ARCHIVE_INVALID', { path: where, detail }), path, where, 0);
  };

  let first = true;
  let current: { entry: string; json: JsonRecordReader | null; parts: Uint8Array[]; weight: number } | null = null;
  const failed = new Set<string>();
  for (const data of fileChunks(path)) {
    if (first && !isZipStart(data)) {
      yield invalid('not a zip archive');
      return;
    }
    first = false;
    try {
      unzip.push(data);
    } catch (err) {
      yield invalid((err as Error).message);
      return;
    }
    let share = size ? data.length : 0;
    for (const ev of events.splice(0)) {
      if ('error' in ev) {
        if (!failed.has(ev.entry)) yield invalid(ev.error, ev.entry);
        failed.add(ev.entry);
        if (current?.entry === ev.entry) current = null;
        continue;
      }
      if (failed.has(ev.entry)) continue;
      if (!current || current.entry !== ev.entry) {
        const isJson = RECORD_EXT.has(extname(ev.entry).toLowerCase());
        current = { entry: ev.entry, json: isJson ? new JsonRecordReader(`${path}!${ev.entry}`) : null, parts: [], weight: 0 };
      }
      if (current.json) yield* current.json.push(ev.data, share);
      else {
        current.parts.push(ev.data);
        current.weight += share;
      }
      share = 0;
      if (ev.final) {
        if (current.json) yield* current.json.end();
        else {
          const inner = `${path}!${ev.entry}`;
          yield { kind: 'page', origin: inner, path: inner, bytes: Buffer.concat(current.parts), weight: current.weight };
        }
        current = null;
      }
    }
  }
  if (first) {
    yield invalid('not a zip archive');
    return;
  }
  if (current) yield invalid('the archive ends inside this entry', current.entry);
}

/** An RSS/Atom file: one item per feed entry, read here (the feed is parsed once, not per entry). */
function* feedItems(bytes: Uint8Array, path: string, weight: number): Generator<Item> {
  let docs: ReturnType<typeof readArticles>;
  try {
    docs = readArticles(bytes, { path, format: 'feed' });
  } catch (e) {
    yield errorItem(e, path, path, weight);
    return;
  }
  const w = weight / Math.max(1, docs.length);
  for (const [k, d] of docs.entries()) {
    const origin = `${path}#${k + 1}`;
    if (d instanceof RasidError) yield errorItem(d, path, origin, w);
    else yield { kind: 'doc', origin, path, doc: d, weight: w };
  }
}

async function* fileItems(path: string): AsyncGenerator<Item> {
  const e = extname(path).toLowerCase();
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    yield errorItem(new RasidError('E_INPUT_UNREADABLE', { path, detail: (err as Error).message }), path, path, 0);
    return;
  }
  try {
    if (e === '.jsonl' || e === '.ndjson') {
      // Streamed line by line: a large dump never sits in memory whole.
      const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
      let line = 0;
      for await (const raw of rl) {
        line++;
        yield* jsonlLine(raw, path, line, Buffer.byteLength(raw) + 1);
      }
      return;
    }
    if (ARCHIVE_EXT.has(e)) {
      yield* zipItems(path, size);
      return;
    }
    if (FEED_EXT.has(e)) {
      yield* feedItems(readFileSync(path), path, size);
      return;
    }
    if (e === '.json') {
      yield* jsonFileItems(path, size);
      return;
    }
    if (size > MAX_BYTES) {
      yield errorItem(new RasidError('E_INPUT_TOO_LARGE', { size, limit: MAX_BYTES, path }), path, path, size);
      return;
    }
    yield { kind: 'page', origin: path, path, bytes: readFileSync(path), weight: size };
  } catch (err) {
    yield errorItem(new RasidError('E_INPUT_UNREADABLE', { path, detail: (err as Error).message }), path, path, 0);
  }
}

/** Standard input: JSON (lines or array) when it starts with `{` or `[`, else one page. */
function* stdinItems(bytes: Buffer): Generator<Item> {
  const head = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) yield* jsonRecords(bytes.toString('utf8'), '-', bytes.length);
  else yield { kind: 'page', origin: '-', path: '-', bytes, weight: bytes.length };
}

export interface Inputs {
  /** Files found (after folder walks and glob expansion). */
  files: string[];
  /** Arguments that matched nothing, as error items. */
  missing: Item[];
  /** Total bytes of the files (for the progress estimate). */
  bytes: number;
}

/** Resolve the command-line arguments to files. */
export function resolveInputs(args: string[]): Inputs {
  const files: string[] = [];
  const missing: Item[] = [];
  const seen = new Set<string>();
  for (const a of args) {
    if (a === '-') {
      files.push('-');
      continue;
    }
    try {
      const found = expandPath(a);
      if (found.length === 0) throw new RasidError('E_INPUT_MISSING', { path: a });
      for (const f of found) {
        const key = resolve(f);
        if (!seen.has(key)) {
          seen.add(key);
          files.push(f);
        }
      }
    } catch (e) {
      missing.push(errorItem(e, a, a, 0));
    }
  }
  let bytes = 0;
  for (const f of files) if (f !== '-') bytes += statSync(f).size;
  return { files, missing, bytes };
}

/** Every item of the inputs, in order. `stdin` is read only when `-` is among the files. */
export async function* readItems(inputs: Inputs, stdin?: () => Promise<Buffer>): AsyncGenerator<Item> {
  for (const m of inputs.missing) yield m;
  for (const f of inputs.files) {
    if (f === '-') {
      const data = stdin ? await stdin() : Buffer.alloc(0);
      if (data.length === 0) yield errorItem(new RasidError('E_INPUT_EMPTY', { path: '-' }), '-', '-', 0);
      else yield* stdinItems(data);
    } else yield* fileItems(f);
  }
}
