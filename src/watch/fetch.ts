/**
 * HTTP GET for the watcher: conditional (ETag / Last-Modified), with a timeout, a size limit
 * (checked on Content-Length and while reading), and errors from the catalogue.
 */
import { RasidError } from '../doc/errors.js';

export interface FetchOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs: number;
  maxBytes: number;
  userAgent?: string;
  /** Aborts the request (watch stopping). */
  signal?: AbortSignal;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; body: Buffer; contentType: string; etag?: string; lastModified?: string };

export const USER_AGENT = 'rasid-watch/0.1 (+https://github.com/rasid)';

export async function fetchResource(url: string, opts: FetchOptions): Promise<FetchResult> {
  const headers: Record<string, string> = { 'user-agent': opts.userAgent ?? USER_AGENT, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (e) {
    if (timeout.aborted) throw new RasidError('E_FETCH_TIMEOUT', { url, ms: opts.timeoutMs });
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new RasidError('E_FETCH', { url, detail: cause?.code ?? cause?.message ?? (e as Error).message });
  }
  if (res.status === 304) {
    await res.body?.cancel().catch(() => undefined);
    return { status: 'not-modified', url };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new RasidError('E_FETCH', { url, detail: `HTTP ${res.status}` });
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new RasidError('E_FETCH_TOO_LARGE', { url, limit: opts.maxBytes });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > opts.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new RasidError('E_FETCH_TOO_LARGE', { url, limit: opts.maxBytes });
        }
        chunks.push(Buffer.from(value));
      }
    }
  } catch (e) {
    if (e instanceof RasidError) throw e;
    if (timeout.aborted) throw new RasidError('E_FETCH_TIMEOUT', { url, ms: opts.timeoutMs });
    throw new RasidError('E_FETCH', { url, detail: (e as Error).message });
  }
  const out: FetchResult = { status: 'ok', url: res.url || url, body: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? '' };
  const etag = res.headers.get('etag');
  const lm = res.headers.get('last-modified');
  if (etag) out.etag = etag;
  if (lm) out.lastModified = lm;
  return out;
}
