/**
 * The error catalogue. Every failure rasid reports to a person or a program has a stable code,
 * a one-line message, a process exit status and an HTTP status. Add new codes here (append only:
 * codes are a public interface and never change meaning).
 */
export interface ErrorSpec {
  /** One-line description for people; `{x}` placeholders are filled from the error's details. */
  message: string;
  exit: number;
  http: number;
}

export const CATALOGUE = {
  // input
  E_USAGE: { message: 'Wrong use of the command: {detail}', exit: 2, http: 400 },
  E_INPUT_MISSING: { message: 'No such file: {path}', exit: 3, http: 404 },
  E_INPUT_UNREADABLE: { message: 'Cannot read {path}: {detail}', exit: 3, http: 400 },
  E_INPUT_EMPTY: { message: 'The input is empty: {path}', exit: 4, http: 400 },
  E_INPUT_BINARY: { message: 'The input is a binary file, not text: {path}', exit: 4, http: 415 },
  E_INPUT_NOT_ARABIC: { message: 'The input has no Arabic text: {path}', exit: 4, http: 422 },
  E_INPUT_TOO_LARGE: { message: 'The input is {size} bytes, over the limit of {limit} bytes: {path}', exit: 4, http: 413 },
  E_ENCODING_UNKNOWN: { message: 'Unknown or unsupported encoding "{encoding}"', exit: 2, http: 400 },
  E_ENCODING_INVALID: { message: 'The input is not valid {encoding}: {path}', exit: 4, http: 400 },
  E_JSON_INVALID: { message: 'Invalid JSON at {path}:{line}: {detail}', exit: 4, http: 400 },
  E_RECORD_NO_TEXT: { message: 'Record at {path}:{line} has no title, content or text', exit: 4, http: 422 },
  E_ARCHIVE_INVALID: { message: 'Cannot read the archive {path}: {detail}', exit: 4, http: 400 },
  E_HTML_NO_CONTENT: { message: 'No article text found in the page {path}', exit: 4, http: 422 },
  E_FEED_INVALID: { message: 'Not an RSS or Atom feed: {path}', exit: 4, http: 422 },
  E_REFERENCE_INVALID: { message: 'Invalid reference time "{value}": use ISO 8601 such as 2021-01-22T10:42:00Z', exit: 2, http: 400 },
  E_GOLD_INVALID: { message: 'Invalid gold file {path}:{line}: {detail}', exit: 4, http: 400 },
  // models and data
  E_MODEL_MISSING: { message: 'Model file not found: {path} (rebuild it with npm run train:ner)', exit: 5, http: 500 },
  E_MODEL_INVALID: { message: 'Model file is damaged or of another version: {path}', exit: 5, http: 500 },
  E_DATA_MISSING: { message: 'Data not found: {path}', exit: 5, http: 500 },
  // store
  E_DB_URL: { message: 'Unsupported database URL "{url}": use a file path or postgres://...', exit: 2, http: 400 },
  E_DB_OPEN: { message: 'Cannot open the store {url}: {detail}', exit: 6, http: 503 },
  E_DB_SCHEMA: { message: 'The store {url} has schema version {found}, newer than this rasid ({expected})', exit: 6, http: 500 },
  E_DB_WRITE: { message: 'Cannot write to the store: {detail}', exit: 6, http: 500 },
  E_QUERY_INVALID: { message: 'Cannot understand the query: {detail}', exit: 2, http: 400 },
  E_QUERY_TOO_LONG: { message: 'The query is {length} characters, over the limit of {limit}', exit: 2, http: 414 },
  E_NOT_FOUND: { message: 'Not found: {what}', exit: 7, http: 404 },
  // network and serving
  E_FETCH: { message: 'Cannot fetch {url}: {detail}', exit: 8, http: 502 },
  E_FETCH_TIMEOUT: { message: 'Timed out fetching {url} after {ms} ms', exit: 8, http: 504 },
  E_FETCH_TOO_LARGE: { message: 'Response from {url} is over the limit of {limit} bytes', exit: 8, http: 502 },
  E_AUTH_REQUIRED: { message: 'This endpoint needs a bearer token', exit: 9, http: 401 },
  E_AUTH_INVALID: { message: 'The bearer token is not valid', exit: 9, http: 403 },
  E_WRITE_DISABLED: { message: 'Writing is disabled: set RASID_TOKEN on the server to enable it', exit: 9, http: 403 },
  E_BODY_TOO_LARGE: { message: 'The request body is over the limit of {limit} bytes', exit: 2, http: 413 },
  E_RATE_LIMIT: { message: 'Too many requests: try again in {seconds} s', exit: 9, http: 429 },
  E_REQUEST_INVALID: { message: 'Invalid request: {detail}', exit: 2, http: 400 },
  E_PORT_IN_USE: { message: 'Port {port} on {host} is already in use', exit: 10, http: 500 },
  // anything else
  E_INTERNAL: { message: 'Internal error: {detail}', exit: 70, http: 500 },
  // watching (appended by the html helper)
  E_WATCH_STATE: { message: 'Cannot read or write the watch state {path}: {detail}', exit: 6, http: 500 },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof CATALOGUE;

export type ErrorDetails = Record<string, string | number | undefined>;

function fill(template: string, details: ErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (details[k] === undefined ? `{${k}}` : String(details[k])));
}

/** An error from the catalogue. `message` is the filled one-line text. */
export class RasidError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(fill(CATALOGUE[code].message, details), options);
    this.name = 'RasidError';
    this.code = code;
    this.details = details;
  }
  get exitCode(): number {
    return CATALOGUE[this.code].exit;
  }
  get httpStatus(): number {
    return CATALOGUE[this.code].http;
  }
  /** The one line shown to people: `rasid: E_CODE: message`. */
  toLine(): string {
    return `${this.code}: ${this.message}`;
  }
  toJSON(): { code: ErrorCode; message: string; details: ErrorDetails } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** Any thrown value as a RasidError (unknown errors become E_INTERNAL with their message). */
export function asRasidError(e: unknown): RasidError {
  if (e instanceof RasidError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new RasidError('E_INTERNAL', { detail }, { cause: e });
}
