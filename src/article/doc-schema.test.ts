import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, createDoc } from '../doc/doc.js';
import { ROOT } from '../data/paths.js';
import { loadDocSchema, spanErrors, validateDoc, validateSchema } from './doc-schema.js';

describe('schema/doc.schema.json', () => {
  it('is draft 2020-12 and pins the schema version of src/doc/doc.ts', () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'schema', 'doc.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(loadDocSchema().properties?.schemaVersion?.const).toBe(SCHEMA_VERSION);
  });

  it('accepts a minimal Doc', () => {
    expect(validateDoc(createDoc('نص'))).toEqual([]);
  });

  it('rejects what the model forbids', () => {
    const base = () => JSON.parse(JSON.stringify(createDoc('قال الوزير'))) as Record<string, unknown>;
    const d1 = { ...base(), schemaVersion: 2 };
    const d2 = { ...base(), extra: true };
    const d3 = { ...base(), paragraphs: [{ start: 0, end: 3, text: 'قال', role: 'footer' }] };
    const d4 = { ...base(), article: { headline: { start: 0, end: 3, text: 'قال' } } };
    const d5 = { ...base(), article: { body: [], published: '22 Jan 2021' } };
    const d6 = { ...base(), tokens: [{ start: 0, end: 3, text: 'قال', kind: 'word' }] };
    const { warnings: _w, ...d7 } = base();
    expect(validateDoc(d1).join()).toMatch(/schemaVersion/);
    expect(validateDoc(d2).join()).toMatch(/unexpected property extra/);
    expect(validateDoc(d3).join()).toMatch(/footer/);
    expect(validateDoc(d4).join()).toMatch(/missing body/);
    expect(validateDoc(d5).join()).toMatch(/published/);
    expect(validateDoc(d6).join()).toMatch(/missing norm/);
    expect(validateDoc(d7).join()).toMatch(/missing warnings/);
  });

  it('checks every span against the text, anywhere in the Doc', () => {
    const d = { ...createDoc('قال الوزير'), sentences: [{ start: 0, end: 3, text: 'قال' }, { start: 4, end: 10, text: 'الوزيـر' }] };
    expect(spanErrors(d)).toHaveLength(1);
    const bad = { text: 'abc', article: { body: [{ start: 2, end: 9, text: 'c' }] } };
    expect(spanErrors(bad)[0]).toMatch(/bad offsets/);
    expect(validateDoc(d)).toHaveLength(1);
  });

  it('the compact validator: types, anyOf, $ref', () => {
    const root = { $defs: { n: { type: 'integer', minimum: 1 } }, type: 'object', properties: { a: { $ref: '#/$defs/n' }, b: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^x' }] } } };
    expect(validateSchema({ a: 1, b: null }, root)).toEqual([]);
    expect(validateSchema({ a: 0, b: 'x1' }, root)).toHaveLength(1);
    expect(validateSchema({ a: 1.5, b: 'y' }, root)).toHaveLength(2);
    expect(validateSchema({ a: 1 }, { $ref: '#/$defs/missing' })[0]).toMatch(/unresolvable/);
  });
});
