/**
 * The layout stage: paragraphs with roles and the article layer of a plain-text page (see
 * plaintext.ts). A Doc that already has an article layer (read from HTML or a JSON record) is left as is.
 */
import type { Stage } from '../pipeline/stage.js';
import { layoutPlainText } from './plaintext.js';

export const layoutStage: Stage = {
  name: 'layout',
  reads: [],
  writes: ['paragraphs', 'article'],
  run(doc) {
    if (doc.article) return;
    layoutPlainText(doc);
  },
};
