/**
 * The HTTP API and web UI server: `buildApp()` returns a configured Fastify instance (not listening).
 * Read endpoints are public; `POST /api/articles` needs the bearer token and is disabled without one.
 * Errors are `{error: {code, message}}` with the catalogue's codes and HTTP statuses.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Doc } from '../doc/doc.js';
import { RasidError, asRasidError } from '../doc/errors.js';
import { ROOT } from '../data/paths.js';
import { allSchemas } from './schemas.js';
import type { Backend } from './types.js';
import { registerReadRoutes } from './routes-read.js';
import { registerWriteRoutes } from './routes-write.js';

export interface AnalyzeInput {
  text?: string;
  html?: string;
  url?: string;
  reference?: string;
}

export type AnalyzeFn = (input: AnalyzeInput) => Doc | Promise<Doc>;

export interface Limits {
  /** Largest request body in bytes (default 5 MiB). */
  bodyBytes: number;
  /** Longest search query in characters (default 500). */
  queryChars: number;
  /** Largest page size for list endpoints (default 100). */
  pageSize: number;
  /** Most articles in one `POST /api/articles` (default 200). */
  ingestBatch: number;
  /** Requests per client IP per window (default 600), or false to turn rate limiting off. */
  rateMax: number | false;
  /** Rate-limit window in milliseconds (default 60,000). */
  rateWindowMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 5 * 1024 * 1024,
  queryChars: 500,
  pageSize: 100,
  ingestBatch: 200,
  rateMax: 600,
  rateWindowMs: 60_000,
};

export interface AppOptions {
  backend: Backend;
  /** Analysis for `POST /api/analyze` (default: the full pipeline, loaded on first use). */
  analyze?: AnalyzeFn;
  /** Bearer token for write endpoints; without one they answer E_WRITE_DISABLED. */
  token?: string;
  limits?: Partial<Limits>;
  /** Folder of the built web UI (default web/dist under the repository); null serves no UI. */
  uiDir?: string | null;
  /** Origins allowed to call the API from a browser (CORS); empty (the default) sends no CORS headers. */
  corsOrigins?: string[];
  logger?: boolean;
}

export interface AppContext {
  backend: Backend;
  analyze: AnalyzeFn;
  limits: Limits;
  requireToken(req: FastifyRequest): void;
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
  upgradeInsecureRequests: null,
};

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function sendError(reply: FastifyReply, e: RasidError): FastifyReply {
  return reply
    .code(e.httpStatus)
    .type('application/json; charset=utf-8')
    .send({ error: { code: e.code, message: e.message } });
}

/** Map anything thrown inside Fastify (validation, body parsing, plugins) to a catalogue error. */
function toRasidError(err: unknown, limits: Limits): RasidError {
  if (err instanceof RasidError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string; validation?: unknown };
  if (e.validation) return new RasidError('E_REQUEST_INVALID', { detail: e.message ?? 'invalid request' });
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RasidError('E_BODY_TOO_LARGE', { limit: limits.bodyBytes });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RasidError('E_REQUEST_INVALID', { detail: 'unsupported content type: use application/json, text/plain or text/html' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new RasidError('E_REQUEST_INVALID', { detail: 'the JSON body is empty' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new RasidError('E_REQUEST_INVALID', { detail: 'the body is not valid JSON' });
  }
  if (e instanceof SyntaxError || (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)) {
    return new RasidError('E_REQUEST_INVALID', { detail: e.message ?? 'bad request' });
  }
  return asRasidError(err);
}

async function defaultAnalyze(input: AnalyzeInput): Promise<Doc> {
  const { analyzeInput } = await import('./analyze.js');
  return analyzeInput(input);
}

export const DEFAULT_UI_DIR = join(ROOT, 'web', 'dist');

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: limits.bodyBytes,
    routerOptions: { maxParamLength: 2000 },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });

  for (const s of allSchemas) app.addSchema(s);

  app.addContentTypeParser(['text/html', 'application/xhtml+xml'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.setErrorHandler((err, req, reply) => {
    const re = toRasidError(err, limits);
    if (re.code === 'E_INTERNAL') {
      req.log.error(err);
      return sendError(reply, new RasidError('E_INTERNAL', { detail: 'see the server log' }));
    }
    return sendError(reply, re);
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: true, directives: CSP },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });

  if (opts.corsOrigins?.length) {
    const allowed = new Set(opts.corsOrigins);
    app.addHook('onRequest', async (req, reply) => {
      const origin = req.headers.origin;
      if (origin && allowed.has(origin)) {
        reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
        if (req.method === 'OPTIONS') {
          reply
            .header('access-control-allow-methods', 'GET, POST')
            .header('access-control-allow-headers', 'authorization, content-type')
            .code(204)
            .send();
        }
      }
    });
  }

  if (limits.rateMax !== false) {
    await app.register(rateLimit, {
      global: true,
      max: limits.rateMax,
      timeWindow: limits.rateWindowMs,
      errorResponseBuilder: (_req, ctx) => new RasidError('E_RATE_LIMIT', { seconds: Math.ceil(ctx.ttl / 1000) }),
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'rasid API',
        description:
          'rasid (راصد): who said what, about whom, where and when, from Arabic news. Read endpoints are public; ' +
          'writing needs `Authorization: Bearer <RASID_TOKEN>`. Errors are `{"error": {"code", "message"}}` with stable codes.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  // The reference page sets inline styles at run time: it alone may use inline styles (never inline scripts).
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (h) =>
      h
        .replace(' upgrade-insecure-requests;', '')
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';")
        .replace(/font-src [^;]*;/, "font-src 'self' data:;")
        .replace(' validator.swagger.io', ''),
    uiConfig: { validatorUrl: null },
  });

  const expected = opts.token ? digest(opts.token) : null;
  const ctx: AppContext = {
    backend: opts.backend,
    analyze: opts.analyze ?? defaultAnalyze,
    limits,
    requireToken(req) {
      if (!expected) throw new RasidError('E_WRITE_DISABLED');
      const h = req.headers.authorization;
      const m = typeof h === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
      if (!m) throw new RasidError('E_AUTH_REQUIRED');
      if (!timingSafeEqual(digest(m[1]!), expected)) throw new RasidError('E_AUTH_INVALID');
    },
  };

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerReadRoutes(app, ctx);
  registerWriteRoutes(app, ctx);

  const uiDir = opts.uiDir === undefined ? DEFAULT_UI_DIR : opts.uiDir;
  const haveUi = uiDir !== null && existsSync(join(uiDir, 'index.html'));
  if (haveUi) {
    await app.register(fastifyStatic, {
      root: uiDir,
      prefix: '/',
      index: false,
      setHeaders(reply, path) {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  }

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path.startsWith('/api/') || path === '/api' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return sendError(reply, new RasidError('E_NOT_FOUND', { what: `${req.method} ${path}` }));
    }
    if (haveUi) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>راصد</title>' +
          '<p>واجهة الويب غير مبنية. شغّل <code>npm start</code> أو <code>npx vite build --config web/vite.config.ts</code>.</p>' +
          '<p lang="en" dir="ltr">The web UI is not built: run <code>npm start</code>. The API is at <a href="/api/docs">/api/docs</a>.</p></html>',
      );
  });

  return app;
}

