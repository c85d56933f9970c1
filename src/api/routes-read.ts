/** Public read endpoints: search, articles, speakers, entities, outlets, stories, counts by day, stats. */
import type { FastifyInstance } from 'fastify';
import { RasidError } from '../doc/errors.js';
import type { AppContext } from './app.js';

const errorResponses = {
  400: { $ref: 'Error#' },
  404: { $ref: 'Error#' },
  414: { $ref: 'Error#' },
  429: { $ref: 'Error#' },
  500: { $ref: 'Error#' },
};

interface Paging {
  offset: number;
  limit: number;
}

export function registerReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { backend, limits } = ctx;
  const paging = {
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 },
    limit: { type: 'integer', minimum: 1, maximum: limits.pageSize, default: Math.min(20, limits.pageSize) },
  };
  const qParam = {
    type: 'string',
    description: `Query in rasid's search language (at most ${limits.queryChars} characters): words, "phrases", -exclusions, OR, and filters speaker:, entity:, outlet:, type:article|statement, from:YYYY-MM-DD, to:YYYY-MM-DD.`,
  };
  const checkQuery = (q: string | undefined): string => {
    const s = q ?? '';
    if (s.length > limits.queryChars) throw new RasidError('E_QUERY_TOO_LONG', { length: s.length, limit: limits.queryChars });
    return s;
  };

  app.get('/api/health', { schema: { tags: ['meta'], summary: 'Liveness check', response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } } } }, async () => ({ ok: true }));

  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search articles and statements, with facet counts',
        querystring: { type: 'object', additionalProperties: false, properties: { q: qParam, ...paging } },
        response: { 200: { $ref: 'SearchResult#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { q, offset, limit } = req.query as { q?: string } & Paging;
      return backend.search(checkQuery(q), { offset, limit });
    },
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One stored article with all its layers (the Doc) and its story',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: { 200: { $ref: 'ArticleView#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const view = await backend.article(id);
      if (!view) throw new RasidError('E_NOT_FOUND', { what: `article ${id}` });
      return view;
    },
  );

  app.get(
    '/api/speakers',
    {
      schema: {
        tags: ['speakers'],
        summary: 'Speakers with their statement counts, most statements first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', description: 'Only speakers whose name contains this (normalized).' }, ...paging },
        },
        response: { 200: { $ref: 'SpeakerPage#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { q, offset, limit } = req.query as { q?: string } & Paging;
      return backend.speakers({ q: checkQuery(q) || undefined, offset, limit });
    },
  );

  app.get(
    '/api/speakers/:name',
    {
      schema: {
        tags: ['speakers'],
        summary: "A speaker's statements in date order, statements per day and top subjects",
        params: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 300 } } },
        querystring: { type: 'object', additionalProperties: false, properties: paging },
        response: { 200: { $ref: 'SpeakerView#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { name } = req.params as { name: string };
      const { offset, limit } = req.query as Paging;
      const view = await backend.speaker(name, { offset, limit });
      if (!view) throw new RasidError('E_NOT_FOUND', { what: `speaker ${name}` });
      return view;
    },
  );

  app.get(
    '/api/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'Named entities across the store, most frequent first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string' }, type: { type: 'string', enum: ['PERS', 'ORG', 'LOC', 'MISC'] }, ...paging },
        },
        response: { 200: { $ref: 'EntityPage#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { q, type, offset, limit } = req.query as { q?: string; type?: string } & Paging;
      return backend.entities({ q: checkQuery(q) || undefined, type, offset, limit });
    },
  );

  app.get(
    '/api/outlets',
    { schema: { tags: ['articles'], summary: 'Outlets with their article counts', response: { 200: { $ref: 'OutletList#' }, ...errorResponses } } },
    async () => backend.outlets(),
  );

  app.get(
    '/api/stories',
    {
      schema: {
        tags: ['articles'],
        summary: 'Stories: groups of near-duplicate articles across outlets, largest first',
        querystring: { type: 'object', additionalProperties: false, properties: paging },
        response: { 200: { $ref: 'StoryPage#' }, ...errorResponses },
      },
    },
    async (req) => backend.stories(req.query as Paging),
  );

  app.get(
    '/api/days',
    {
      schema: {
        tags: ['search'],
        summary: 'Articles and statements per day (for charts), optionally for one outlet and a date range',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            outlet: { type: 'string', maxLength: 200 },
            from: { type: 'string', format: 'date' },
            to: { type: 'string', format: 'date' },
          },
        },
        response: { 200: { $ref: 'DayCounts#' }, ...errorResponses },
      },
    },
    async (req) => {
      const { outlet, from, to } = req.query as { outlet?: string; from?: string; to?: string };
      return backend.days({ outlet, from, to });
    },
  );

  app.get(
    '/api/stats',
    { schema: { tags: ['meta'], summary: 'Counts of articles, statements, speakers, entities, stories, outlets', response: { 200: { $ref: 'Stats#' }, ...errorResponses } } },
    async () => backend.stats(),
  );
}
