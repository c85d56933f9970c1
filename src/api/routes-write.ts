/** `POST /api/analyze` (analyse without storing, public) and `POST /api/articles` (ingest, bearer token). */
import type { FastifyInstance } from 'fastify';
import { RasidError } from '../doc/errors.js';
import type { AnalyzeInput, AppContext } from './app.js';
import type { IngestOutcome, IngestRecord } from './types.js';

const errorResponses = {
  400: { $ref: 'Error#' },
  401: { $ref: 'Error#' },
  403: { $ref: 'Error#' },
  413: { $ref: 'Error#' },
  415: { $ref: 'Error#' },
  422: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
  500: { $ref: 'Error#' },
};

function hasText(r: IngestRecord): boolean {
  return [r.text, r.title, r.content, r.html].some((v) => typeof v === 'string' && v.trim() !== '');
}

export function registerWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/analyze',
    {
      schema: {
        tags: ['analyze'],
        summary: 'Analyse posted text or HTML and return the Doc with all layers (nothing is stored)',
        body: {
          content: {
            'application/json': { schema: { $ref: 'AnalyzeRequest#' } },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        response: { 200: { $ref: 'Doc#' }, ...errorResponses },
      },
    },
    async (req) => {
      const ct = String(req.headers['content-type'] ?? '');
      let input: AnalyzeInput;
      if (typeof req.body === 'string') input = /html/i.test(ct) ? { html: req.body } : { text: req.body };
      else input = req.body as AnalyzeInput;
      const body = input.html ?? input.text;
      if (input.html !== undefined && input.text !== undefined) {
        throw new RasidError('E_REQUEST_INVALID', { detail: 'send either text or html, not both' });
      }
      if (body === undefined || body.trim() === '') throw new RasidError('E_INPUT_EMPTY', { path: 'request body' });
      if (input.reference !== undefined && Number.isNaN(Date.parse(input.reference))) {
        throw new RasidError('E_REFERENCE_INVALID', { value: input.reference });
      }
      return ctx.analyze(input);
    },
  );

  app.post(
    '/api/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Ingest one article or an array of articles (needs the bearer token)',
        description: `At most ${ctx.limits.ingestBatch} articles per request. Each article is analysed and stored; re-sending the same article changes nothing (status "unchanged"). A bad article is reported in its result and the others go on.`,
        security: [{ bearer: [] }],
        body: {
          anyOf: [
            { $ref: 'IngestRecord#' },
            { type: 'array', minItems: 1, maxItems: ctx.limits.ingestBatch, items: { $ref: 'IngestRecord#' } },
          ],
        },
        response: { 200: { $ref: 'IngestResult#' }, ...errorResponses },
      },
      // The token is checked before the body is read or validated.
      onRequest: async (req) => ctx.requireToken(req),
    },
    async (req) => {
      const records = (Array.isArray(req.body) ? req.body : [req.body]) as IngestRecord[];
      const pending: IngestRecord[] = [];
      const positions: number[] = [];
      const results: (IngestOutcome | null)[] = records.map((r, index): IngestOutcome | null => {
        if (hasText(r)) {
          pending.push(r);
          positions.push(index);
          return null;
        }
        const e = new RasidError('E_RECORD_NO_TEXT', { path: 'request', line: index + 1 });
        return { index, status: 'failed', id: null, error: { code: e.code, message: e.message } };
      });
      const done = pending.length ? await ctx.backend.ingest(pending) : [];
      done.forEach((o, i) => {
        results[positions[i]!] = { ...o, index: positions[i]! };
      });
      const all = results.map((r, index): IngestOutcome => r ?? { index, status: 'failed', id: null, error: { code: 'E_INTERNAL', message: 'no result' } });
      const count = (s: string) => all.filter((r) => r.status === s).length;
      return { added: count('added'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed'), results: all };
    },
  );
}
