/**
 * An analysed article flattened to the column values the store writes (`WriteRow`), built in the
 * ingest workers so the thread that writes does SQL only: the Doc's JSON, name keys, days,
 * signature bytes and LSH band keys are all computed here. A WriteRow is plain strings, numbers and
 * byte arrays, cheap to post between threads (a Doc with its token objects is not).
 */
import type { Doc, Statement } from '../doc/doc.js';
import { dayOf, nameKey } from './keys.js';
import { bandKeys, encodeSignature } from './minhash.js';
import { titleOf } from './rows.js';
import { storedDocJson, type StoredDocOptions } from './stored-doc.js';
import { termString } from './terms.js';
import type { ArticleInput } from './types.js';

type Value = string | number | null;

/** One statement: its column values (in `STATEMENT_COLUMNS` order, without article_seq and group_id), terms, signature. */
export interface StatementRow {
  values: Value[];
  terms: string;
  /** MinHash signature as stored (4 bytes per value), null when the content is too short. */
  signature: Uint8Array | null;
  /** The signature as numbers (for comparing with candidates), empty when none. */
  sig: number[];
  /** LSH band keys of the signature (empty when none). */
  bands: number[];
}

export interface WriteRow {
  id: string;
  contentHash: string;
  /** Article column values in `ARTICLE_COLUMNS` order (without doc, story_id, signature and ingested_at). */
  values: Value[];
  /**
   * The Doc as the store keeps it (JSON without its text and tokens, see ./stored-doc.ts): a string,
   * or its UTF-8 bytes (what the workers send: an ArrayBuffer moves between threads without a copy,
   * a long string is copied twice).
   */
  doc: string | Uint8Array;
  titleTerms: string;
  bodyTerms: string;
  signature: Uint8Array | null;
  sig: number[];
  bands: number[];
  /** Entities of the article: [key, type, name, mentions], one per (key, type). */
  entities: Array<[string, string, string, number]>;
  statements: StatementRow[];
}

/** Article columns a WriteRow carries, in order. */
export const ARTICLE_COLUMNS = ['id', 'url', 'content_hash', 'title', 'outlet', 'outlet_key', 'section', 'author', 'published', 'day', 'text', 'origin', 'n_statements'] as const;

/** Statement columns a StatementRow carries, in order. */
export const STATEMENT_COLUMNS = [
  'idx',
  'speaker',
  'speaker_key',
  'speaker_entity',
  'speaker_kind',
  'cue_lemma',
  'cue_start',
  'cue_end',
  'cue_text',
  'content_start',
  'content_end',
  'content',
  'mention_start',
  'mention_end',
  'mention_text',
  'kind',
  'type',
  'published',
  'day',
] as const;

/** The speaker name shown and grouped on: the resolved name, else the speaker entity's name. */
export function speakerName(doc: Doc, s: Statement): { name: string | null; entity: string | null } {
  const entity = s.speaker.entity !== undefined ? (doc.entities?.[s.speaker.entity]?.name ?? null) : null;
  const name = s.speaker.name?.trim() || entity;
  return { name: name || null, entity };
}

function statementRow(doc: Doc, s: Statement, i: number, published: string | null, terms: string, sig: number[]): StatementRow {
  const sp = speakerName(doc, s);
  return {
    values: [
      i,
      sp.name,
      sp.name ? nameKey(sp.name) : null,
      sp.entity,
      s.speaker.kind ?? null,
      s.cue.lemma,
      s.cue.start,
      s.cue.end,
      s.cue.text,
      s.content.start,
      s.content.end,
      s.content.text,
      s.mention?.start ?? null,
      s.mention?.end ?? null,
      s.mention?.text ?? null,
      s.kind,
      s.type ?? null,
      published,
      dayOf(published),
    ],
    terms,
    signature: sig.length ? encodeSignature(sig) : null,
    sig,
    bands: bandKeys(sig),
  };
}

/** The row with its Doc JSON as UTF-8 bytes, and the buffers to transfer with it (see `WriteRow.doc`). */
export function packRow(row: WriteRow): { row: WriteRow; transfer: ArrayBuffer[] } {
  if (typeof row.doc !== 'string') return { row, transfer: [] };
  const bytes = new TextEncoder().encode(row.doc);
  return { row: { ...row, doc: bytes }, transfer: [bytes.buffer as ArrayBuffer] };
}

/**
 * The WriteRow of an analysed article (what `putArticles` and the ingest write). `opts` tells how
 * far the Doc's tokens can be trusted to be those of its text (see `storedDocJson`).
 */
export function toWriteRow(input: ArticleInput, opts: StoredDocOptions = {}): WriteRow {
  const doc = input.doc;
  const a = doc.article;
  const statements = doc.statements ?? [];
  const published = a?.published ?? null;
  const entities = new Map<string, [string, string, string, number]>();
  for (const e of doc.entities ?? []) {
    const key = nameKey(e.name);
    if (!key) continue;
    const k = `${e.type}\u0000${key}`;
    const have = entities.get(k);
    const n = Math.max(1, e.mentions.length);
    if (have) have[3] += n;
    else entities.set(k, [key, e.type, e.name, n]);
  }
  return {
    id: input.id,
    contentHash: input.contentHash,
    values: [
      input.id,
      a?.url ?? doc.source?.url ?? null,
      input.contentHash,
      titleOf(doc),
      a?.outlet ?? null,
      a?.outlet ? nameKey(a.outlet) : null,
      a?.section ?? null,
      a?.author ?? null,
      published,
      dayOf(published),
      doc.text,
      input.origin ?? null,
      statements.length,
    ],
    doc: storedDocJson(doc, opts),
    titleTerms: input.titleTerms,
    bodyTerms: input.bodyTerms,
    signature: input.signature.length ? encodeSignature(input.signature) : null,
    sig: input.signature,
    bands: bandKeys(input.signature),
    entities: [...entities.values()],
    statements: statements.map((s, i) =>
      statementRow(doc, s, i, published, input.statementTerms[i] ?? termString(s.content.text), input.statementSignatures[i] ?? []),
    ),
  };
}
