/** The browser's client of the rasid HTTP API (same origin). Errors arrive as `{error: {code, message}}`. */
import type {
  ArticleView,
  DayCount,
  OutletSummary,
  Page,
  SearchResult,
  SpeakerSummary,
  SpeakerView,
  Stats,
} from '../../src/api/types.js';
import type { Doc } from '../../src/doc/doc.js';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function url(path: string, params: Record<string, string | number | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(path: string, init?: RequestInit, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, signal, headers: { accept: 'application/json', ...init?.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('E_NETWORK', 'تعذّر الاتصال بالخادم', 0);
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, res.status);
  }
  return body as T;
}

export const api = {
  search: (q: string, offset: number, limit: number, signal?: AbortSignal) =>
    request<SearchResult>(url('/api/search', { q, offset, limit }), undefined, signal),
  article: (id: string, signal?: AbortSignal) => request<ArticleView>(url(`/api/articles/${encodeURIComponent(id)}`), undefined, signal),
  speakers: (q: string, offset: number, limit: number, signal?: AbortSignal) =>
    request<Page<SpeakerSummary>>(url('/api/speakers', { q, offset, limit }), undefined, signal),
  speaker: (name: string, offset: number, limit: number, signal?: AbortSignal) =>
    request<SpeakerView>(url(`/api/speakers/${encodeURIComponent(name)}`, { offset, limit }), undefined, signal),
  outlets: (signal?: AbortSignal) => request<OutletSummary[]>('/api/outlets', undefined, signal),
  days: (signal?: AbortSignal) => request<DayCount[]>('/api/days', undefined, signal),
  stats: (signal?: AbortSignal) => request<Stats>('/api/stats', undefined, signal),
  analyze: (text: string, signal?: AbortSignal) =>
    request<Doc>('/api/analyze', { method: 'POST', body: JSON.stringify({ text }), headers: { 'content-type': 'application/json' } }, signal),
};
