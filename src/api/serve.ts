/** Run the server for a store: listen on host:port, print the URL, close cleanly on SIGINT/SIGTERM. */
import type { FastifyInstance } from 'fastify';
import { RasidError } from '../doc/errors.js';
import type { Store } from '../store/types.js';
import { buildApp, type Limits } from './app.js';
import { storeBackend } from './store-backend.js';

export interface ServeOptions {
  port: number;
  host: string;
  token?: string;
  uiDir?: string | null;
  limits?: Partial<Limits>;
  corsOrigins?: string[];
}

export function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new RasidError('E_USAGE', { detail: `--port must be a number from 0 to 65535, not "${v}"` });
  return n;
}

export function displayUrl(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}/`;
}

/** Listen; returns the app and the URL actually bound (port 0 picks a free port). */
export async function serveStore(store: Store, opts: ServeOptions): Promise<{ app: FastifyInstance; url: string }> {
  // A server lives long enough for the in-memory facet counts to pay off (loaded once, kept fresh).
  await store.useFacetIndex?.();
  const app = await buildApp({
    backend: storeBackend(store),
    token: opts.token,
    uiDir: opts.uiDir,
    limits: opts.limits,
    corsOrigins: opts.corsOrigins,
  });
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (e) {
    await app.close().catch(() => undefined);
    if ((e as { code?: string }).code === 'EADDRINUSE') throw new RasidError('E_PORT_IN_USE', { port: opts.port, host: opts.host });
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return { app, url: displayUrl(opts.host, port) };
}

/** Keep running until SIGINT/SIGTERM, then close the server and the store. */
export function closeOnSignal(app: FastifyInstance, store: Store): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app
        .close()
        .catch(() => undefined)
        .then(() => store.close().catch(() => undefined))
        .then(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
