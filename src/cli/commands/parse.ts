/**
 * `rasid parse FILE... | -`: read articles (plain text, HTML, JSON/JSONL records; any supported
 * encoding; gzip) and print each as a JSON Doc with every layer the pipeline builds. Bad inputs are
 * reported one line each on stderr and the others are still printed; the exit status is non-zero
 * when any input failed.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Doc, LayerName } from '../../doc/doc.js';
import { RasidError } from '../../doc/errors.js';
import { DEFAULT_MAX_BYTES, canonicalEncoding } from '../../article/decode.js';
import type { InputFormat } from '../../article/read.js';
import { readArticles } from '../../article/read.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { printJson, readStdin, reportError } from '../io.js';

const LAYERS: readonly LayerName[] = ['paragraphs', 'sentences', 'tokens', 'article', 'dates', 'entities', 'statements'];
const FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'jsonl'];

interface ParseFlags {
  jsonl?: boolean;
  pretty?: boolean;
  encoding?: string;
  maxBytes?: string;
  format?: string;
  tokens: boolean;
  layers?: string;
  reference?: string;
}

/** `5000`, `512k`, `5M`, `1G` (binary multiples) → bytes. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/iu.exec(s);
  if (!m) throw new RasidError('E_USAGE', { detail: `--max-bytes expects a size such as 5000, 512k or 5M, not "${s}"` });
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').charAt(0).toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * mult);
}

/** Which layers to print: `--layers a,b` keeps those; `--no-tokens` drops tokens. */
export function selectLayers(flags: { layers?: string; tokens?: boolean }): Set<LayerName> {
  let keep = new Set<LayerName>(LAYERS);
  if (flags.layers) {
    const want = flags.layers.split(',').map((x) => x.trim()).filter(Boolean);
    const bad = want.filter((w) => !LAYERS.includes(w as LayerName));
    if (bad.length) throw new RasidError('E_USAGE', { detail: `unknown layer ${bad.join(', ')} (layers: ${LAYERS.join(', ')})` });
    keep = new Set(want as LayerName[]);
  }
  if (flags.tokens === false) keep.delete('tokens');
  return keep;
}

/** A copy of `doc` without the layers not in `keep` (text, source and warnings always stay). */
export function pickLayers(doc: Doc, keep: Set<LayerName>): Doc {
  const out: Doc = { ...doc };
  for (const l of LAYERS) if (!keep.has(l)) delete out[l];
  return out;
}

function readInput(file: string, maxBytes: number): Promise<Buffer> | Buffer {
  if (file === '-') return readStdin();
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new RasidError('E_INPUT_UNREADABLE', { path: file, detail: 'it is a directory' });
    size = st.size;
  } catch (e) {
    if (e instanceof RasidError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RasidError('E_INPUT_MISSING', { path: file });
    throw new RasidError('E_INPUT_UNREADABLE', { path: file, detail: code ?? String(e) });
  }
  if (size > maxBytes) throw new RasidError('E_INPUT_TOO_LARGE', { size, limit: maxBytes, path: file });
  try {
    return readFileSync(file);
  } catch (e) {
    throw new RasidError('E_INPUT_UNREADABLE', { path: file, detail: (e as { code?: string }).code ?? String(e) });
  }
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('read articles (text, JSONL, HTML) and print each as a JSON Doc with all layers')
    .argument('[files...]', 'files to read; - for standard input')
    .option('--jsonl', 'one compact JSON Doc per line (the default unless --pretty)')
    .option('--pretty', 'indented JSON')
    .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6, ...)')
    .option('--max-bytes <size>', `refuse inputs larger than this (default ${DEFAULT_MAX_BYTES}; 512k, 5M, ...)`)
    .option('--format <format>', `input format: ${FORMATS.join(', ')}`, 'auto')
    .option('--no-tokens', 'leave the (bulky) tokens layer out of the output')
    .option('--layers <list>', `print only these layers (comma-separated: ${LAYERS.join(', ')})`)
    .option('--reference <iso>', 'reference time for relative dates when an article has no dateline')
    .action(async (files: string[], flags: ParseFlags) => {
      if (files.length === 0) throw new RasidError('E_USAGE', { detail: 'rasid parse needs at least one FILE (or - for standard input)' });
      if (flags.encoding && !canonicalEncoding(flags.encoding)) throw new RasidError('E_ENCODING_UNKNOWN', { encoding: flags.encoding });
      if (flags.format && !FORMATS.includes(flags.format as InputFormat)) {
        throw new RasidError('E_USAGE', { detail: `--format must be one of ${FORMATS.join(', ')}` });
      }
      if (flags.reference !== undefined && Number.isNaN(Date.parse(flags.reference))) {
        throw new RasidError('E_REFERENCE_INVALID', { value: flags.reference });
      }
      const maxBytes = flags.maxBytes ? parseSize(flags.maxBytes) : DEFAULT_MAX_BYTES;
      const keep = selectLayers(flags);
      const pretty = Boolean(flags.pretty) && !flags.jsonl;
      const pipeline = defaultPipeline();
      const ctx = flags.reference ? { reference: flags.reference } : {};
      for (const file of files) {
        try {
          const bytes = await readInput(file, maxBytes);
          const docs = readArticles(bytes, {
            path: file,
            maxBytes,
            format: (flags.format ?? 'auto') as InputFormat,
            ...(flags.encoding ? { encoding: flags.encoding } : {}),
          });
          for (const d of docs) {
            if (d instanceof RasidError) {
              reportError(d);
              continue;
            }
            try {
              printJson(pickLayers(pipeline.run(d, ctx), keep), { pretty });
            } catch (e) {
              reportError(e);
            }
          }
        } catch (e) {
          reportError(e);
        }
      }
    });
}
