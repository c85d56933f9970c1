import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { datesStage } from './stage.js';

const TEXT = 'الخميس ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش\nوقال إن ما حصل يوم امس خرق.';

describe('datesStage', () => {
  it('resolves against the article publication time first', () => {
    const doc = createDoc(TEXT);
    doc.article = { body: [], published: '2021-01-22T10:42:00Z' };
    datesStage.run(doc, { reference: '2000-01-01' });
    const y = doc.dates!.find((d) => d.text === 'يوم امس')!;
    expect(y.value).toBe('2021-01-21');
    for (const d of doc.dates!) expect(isSpanOf(doc.text, d)).toBe(true);
    expect(doc.dates![0]!.value).toBe('2021-01-22T10:42:00Z');
  });

  it('falls back to the context reference', () => {
    const doc = createDoc(TEXT);
    datesStage.run(doc, { reference: '2020-05-10' });
    expect(doc.dates!.find((d) => d.text === 'يوم امس')!.value).toBe('2020-05-09');
  });

  it('leaves relative values null with a note when there is no reference', () => {
    const doc = createDoc(TEXT);
    datesStage.run(doc, {});
    const y = doc.dates!.find((d) => d.text === 'يوم امس')!;
    expect(y.value).toBeNull();
    expect(y.note).toMatch(/no reference/);
  });

  it('puts a weekday that contradicts its date on the Doc as a warning', () => {
    const doc = createDoc(TEXT);
    datesStage.run(doc, {});
    const w = doc.warnings.find((x) => x.code === 'W_WEEKDAY_MISMATCH')!;
    expect(w).toBeDefined();
    expect(isSpanOf(doc.text, w.span!)).toBe(true);
  });

  it('warns about an invalid context reference instead of failing', () => {
    const doc = createDoc(TEXT);
    datesStage.run(doc, { reference: 'not a date' });
    expect(doc.warnings.map((w) => w.code)).toContain('W_REFERENCE_INVALID');
    expect(doc.dates!.find((d) => d.text === 'يوم امس')!.value).toBeNull();
  });
});
