/** Helpers for the store tests: the fixture records as store inputs, and stores to run the suite on. */
import { readFileSync } from 'node:fs';
import { createDoc, type Doc, type Statement } from '../doc/doc.js';
import { span } from '../doc/span.js';
import { fixturePath } from '../data/paths.js';
import { openStore } from './open.js';
import { toArticleInput } from './rows.js';
import type { SqlStore } from './sql-store.js';
import type { ArticleInput } from './types.js';
import { processItem } from './work.js';

export const FIXTURE = fixturePath('store', 'saudinewsnet-sample.jsonl');

export function fixtureRecords(): Record<string, unknown>[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The fixture records read and analysed as the ingest would. */
export function fixtureInputs(records = fixtureRecords()): ArticleInput[] {
  return records.map((record, i) => {
    const r = processItem({ kind: 'record', origin: `fixture:${i + 1}`, path: FIXTURE, line: i + 1, record, weight: 1 }, new Map());
    if (r.status !== 'ok') throw new Error(`fixture record ${i + 1}: ${r.status === 'error' ? r.message : r.status}`);
    return r.input;
  });
}

/** A small article with hand-made statements (the store is tested apart from the statements stage). */
export function statementDoc(opts: { url: string; outlet: string; published: string; speaker: string; quote: string; lead?: string }): ArticleInput {
  const lead = opts.lead ?? 'في تصريح صحفي اليوم';
  const title = `${opts.speaker} يتحدث عن الأوضاع`;
  const sentence = `وقال ${opts.speaker} ${lead} إن ${opts.quote}.`;
  const text = `${title}\n\n${sentence}`;
  const doc: Doc = createDoc(text, { url: opts.url, format: 'jsonl' });
  const bodyStart = title.length + 2;
  doc.article = {
    headline: span(text, 0, title.length),
    body: [span(text, bodyStart, text.length)],
    published: opts.published,
    outlet: opts.outlet,
    url: opts.url,
  };
  const cueStart = bodyStart + 1;
  const mStart = text.indexOf(opts.speaker, bodyStart);
  const qStart = text.indexOf(opts.quote, bodyStart);
  doc.entities = [{ id: 0, type: 'PERS', name: opts.speaker, roles: [], mentions: [span(text, mStart, mStart + opts.speaker.length)] }];
  const st: Statement = {
    speaker: { name: opts.speaker, entity: 0, kind: 'person' },
    mention: span(text, mStart, mStart + opts.speaker.length),
    cue: { ...span(text, cueStart, cueStart + 3), lemma: 'قال' },
    content: span(text, qStart, qStart + opts.quote.length),
    kind: 'indirect',
    type: 'claim',
  };
  doc.statements = [st];
  return toArticleInput(doc, opts.url);
}

export interface Backend {
  name: string;
  open(): Promise<SqlStore>;
  cleanup(): Promise<void>;
}

/** SQLite in a temporary file, and PostgreSQL (a schema of its own) when RASID_TEST_PG is set. */
export function backends(tmpFile: () => string): Backend[] {
  const list: Backend[] = [];
  let file = '';
  list.push({
    name: 'sqlite',
    open: async () => {
      file ||= tmpFile();
      return openStore(file);
    },
    cleanup: async () => undefined,
  });
  const pgUrl = process.env.RASID_TEST_PG;
  if (pgUrl) {
    const schema = `rasid_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`;
    list.push({
      name: 'postgres',
      open: () => openStore(url),
      cleanup: async () => {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    });
  }
  return list;
}
