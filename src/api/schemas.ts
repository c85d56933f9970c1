/**
 * JSON Schemas of the API: the same objects validate requests, serialize responses and are
 * published as the OpenAPI 3 description (`/api/openapi.json`, via @fastify/swagger).
 * Shapes mirror `types.ts`.
 */
import { CATALOGUE } from '../doc/errors.js';

const str = { type: 'string' } as const;
const strOrNull = { type: ['string', 'null'] } as const;
const int = { type: 'integer', minimum: 0 } as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'Every failure: a stable code from the error catalogue and a one-line message.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(CATALOGUE) },
        message: str,
      },
    },
  },
} as const;

export const articleSummarySchema = {
  $id: 'ArticleSummary',
  type: 'object',
  required: ['id', 'title', 'outlet', 'published', 'url'],
  properties: { id: str, title: strOrNull, outlet: strOrNull, published: strOrNull, url: strOrNull },
} as const;

export const statementSchema = {
  $id: 'Statement',
  type: 'object',
  required: ['id', 'article', 'speaker', 'cue', 'content', 'kind', 'type', 'start', 'end', 'date'],
  properties: {
    id: strOrNull,
    article: { $ref: 'ArticleSummary#' },
    speaker: strOrNull,
    cue: str,
    content: str,
    kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
    type: strOrNull,
    start: { type: ['integer', 'null'] },
    end: { type: ['integer', 'null'] },
    date: strOrNull,
  },
} as const;

export const facetValueSchema = {
  $id: 'FacetValue',
  type: 'object',
  required: ['value', 'count'],
  properties: { value: str, count: int },
} as const;

const facetList = { type: 'array', items: { $ref: 'FacetValue#' } } as const;

export const searchResultSchema = {
  $id: 'SearchResult',
  type: 'object',
  required: ['query', 'total', 'offset', 'limit', 'hits', 'facets'],
  properties: {
    query: str,
    total: int,
    offset: int,
    limit: int,
    hits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'article', 'statement', 'snippet', 'score'],
        properties: {
          type: { type: 'string', enum: ['article', 'statement'] },
          article: { $ref: 'ArticleSummary#' },
          statement: { anyOf: [{ $ref: 'Statement#' }, { type: 'null' }] },
          snippet: {
            type: 'object',
            required: ['text', 'highlights'],
            properties: {
              text: str,
              offset: int,
              highlights: {
                type: 'array',
                items: { type: 'object', required: ['start', 'end'], properties: { start: int, end: int } },
              },
            },
          },
          score: { type: ['number', 'null'] },
        },
      },
    },
    facets: {
      type: 'object',
      required: ['speakers', 'entities', 'outlets', 'days'],
      properties: { speakers: facetList, entities: facetList, outlets: facetList, days: facetList },
    },
  },
} as const;

/** The Doc is described in full by schema/doc.schema.json; here it passes through unchanged. */
export const docSchema = {
  $id: 'Doc',
  type: 'object',
  description: 'A rasid Doc: the original text and its standoff layers (see schema/doc.schema.json in the repository).',
  required: ['schemaVersion', 'text', 'warnings'],
  additionalProperties: true,
  properties: { schemaVersion: { type: 'integer' }, text: str, warnings: { type: 'array' } },
} as const;

export const articleViewSchema = {
  $id: 'ArticleView',
  type: 'object',
  required: ['article', 'story', 'doc'],
  properties: {
    article: { $ref: 'ArticleSummary#' },
    story: {
      anyOf: [
        {
          type: 'object',
          required: ['id', 'size', 'articles'],
          properties: { id: str, size: int, articles: { type: 'array', items: { $ref: 'ArticleSummary#' } } },
        },
        { type: 'null' },
      ],
    },
    doc: { $ref: 'Doc#' },
  },
} as const;

function pageOf(id: string, item: object) {
  return {
    $id: id,
    type: 'object',
    required: ['total', 'offset', 'limit', 'more', 'items'],
    properties: {
      total: { type: ['integer', 'null'] },
      offset: int,
      limit: int,
      more: { type: 'boolean' },
      items: { type: 'array', items: item },
    },
  } as const;
}

export const speakerPageSchema = pageOf('SpeakerPage', {
  type: 'object',
  required: ['name', 'statements', 'articles', 'first', 'last'],
  properties: { name: str, statements: int, articles: { type: ['integer', 'null'] }, first: strOrNull, last: strOrNull },
});

export const speakerViewSchema = {
  $id: 'SpeakerView',
  type: 'object',
  required: ['name', 'total', 'offset', 'limit', 'statements', 'days', 'subjects'],
  properties: {
    name: str,
    total: int,
    offset: int,
    limit: int,
    statements: { type: 'array', items: { $ref: 'Statement#' } },
    days: facetList,
    subjects: facetList,
  },
} as const;

export const entityPageSchema = pageOf('EntityPage', {
  type: 'object',
  required: ['name', 'type', 'articles', 'mentions'],
  properties: { name: str, type: str, articles: int, mentions: { type: ['integer', 'null'] } },
});

export const outletListSchema = {
  $id: 'OutletList',
  type: 'array',
  items: {
    type: 'object',
    required: ['name', 'articles', 'statements', 'first', 'last'],
    properties: { name: str, articles: int, statements: int, first: strOrNull, last: strOrNull },
  },
} as const;

export const storyPageSchema = pageOf('StoryPage', {
  type: 'object',
  required: ['id', 'title', 'size', 'outlets', 'first'],
  properties: {
    id: str,
    title: strOrNull,
    size: int,
    outlets: { type: 'array', items: str },
    first: strOrNull,
  },
});

export const dayCountsSchema = {
  $id: 'DayCounts',
  type: 'array',
  items: {
    type: 'object',
    required: ['day', 'articles', 'statements'],
    properties: { day: str, articles: int, statements: int },
  },
} as const;

export const statsSchema = {
  $id: 'Stats',
  type: 'object',
  required: ['articles', 'statements', 'speakers', 'entities', 'stories', 'outlets'],
  properties: { articles: int, statements: int, speakers: int, entities: int, stories: int, outlets: int },
} as const;

export const ingestRecordSchema = {
  $id: 'IngestRecord',
  type: 'object',
  description: 'One article: `text` (a whole plain-text page), or `title` + `content`, or `html`; with optional metadata.',
  additionalProperties: false,
  properties: {
    text: str,
    title: str,
    content: str,
    html: str,
    url: str,
    source: str,
    outlet: str,
    author: str,
    published: str,
    date: str,
    date_extracted: str,
  },
} as const;

export const ingestResultSchema = {
  $id: 'IngestResult',
  type: 'object',
  required: ['results', 'added', 'updated', 'unchanged', 'failed'],
  properties: {
    added: int,
    updated: int,
    unchanged: int,
    failed: int,
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['index', 'status', 'id', 'error'],
        properties: {
          index: int,
          status: { type: 'string', enum: ['added', 'updated', 'unchanged', 'failed'] },
          id: strOrNull,
          error: {
            anyOf: [
              { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } },
              { type: 'null' },
            ],
          },
        },
      },
    },
  },
} as const;

export const analyzeBodySchema = {
  $id: 'AnalyzeRequest',
  type: 'object',
  description: 'Text to analyse: `text` (a plain-text page) or `html` (a web page). Nothing is stored.',
  additionalProperties: false,
  properties: {
    text: str,
    html: str,
    url: str,
    reference: { type: 'string', description: 'Reference time for relative dates (ISO 8601) when the text has no dateline.' },
  },
} as const;

export const allSchemas = [
  errorSchema,
  articleSummarySchema,
  statementSchema,
  facetValueSchema,
  searchResultSchema,
  docSchema,
  articleViewSchema,
  speakerPageSchema,
  speakerViewSchema,
  entityPageSchema,
  outletListSchema,
  storyPageSchema,
  dayCountsSchema,
  statsSchema,
  ingestRecordSchema,
  ingestResultSchema,
  analyzeBodySchema,
];
