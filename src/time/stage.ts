/**
 * The `dates` stage: finds and resolves date expressions over the whole text. The reference
 * time is the article's publication time (doc.article.published, from its dateline), else the
 * caller's ctx.reference; without one, relative expressions keep their span with a null value
 * and a note saying why. Warnings (a weekday contradicting its date) go on the Doc.
 */
import { addWarning, type Doc } from '../doc/doc.js';
import { span } from '../doc/span.js';
import type { Stage } from '../pipeline/stage.js';
import { findDatesWarn, tryReferenceOf } from './find.js';

export const datesStage: Stage = {
  name: 'dates',
  reads: [],
  writes: ['dates'],
  run(doc: Doc, ctx) {
    let reference = doc.article?.published;
    if (reference && !tryReferenceOf(reference)) reference = undefined;
    if (!reference && ctx.reference) {
      if (tryReferenceOf(ctx.reference)) reference = ctx.reference;
      else addWarning(doc, 'W_REFERENCE_INVALID', `reference time "${ctx.reference}" is not ISO 8601: relative dates left unresolved`);
    }
    doc.dates = findDatesWarn(doc.text, reference ? { reference } : {}, (e, w) => addWarning(doc, w.code, w.message, span(doc.text, e.start, e.end)));
  },
};
