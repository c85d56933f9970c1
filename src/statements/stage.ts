/** The `statements` pipeline stage: attributed statements with resolved speakers. */
import type { Stage } from '../pipeline/stage.js';
import { extractStatements } from './statements.js';

export const statementsStage: Stage = {
  name: 'statements',
  reads: ['tokens', 'sentences', 'entities', 'article'],
  writes: ['statements'],
  run(doc) {
    doc.statements = extractStatements(doc);
  },
};
