// The one fetch wrapper. Errors come back as typed RequestErrors whose userMessage() is in the
// user's current language: by the problem type (i18n key "problem.<last path segment>") when the
// table knows it, else by HTTP status, else the server's own title/detail. Every request carries
// the session cookie (credentials: same-origin); a 401 answer (no session, or it expired) is
// passed to the handler set with onUnauthenticated() before it is thrown.

import { t, has } from './i18n.js';

const PROBLEM_JSON = 'application/problem+json';

export class RequestError extends Error {
  constructor(message, { status = 0, url = '', problem = null, cause } = {}) {
    super(message, { cause });
    this.name = 'RequestError';
    this.status = status;
    this.url = url;
    this.problem = problem;
  }

  /** What to tell the user, in the language chosen now. */
  userMessage() {
    return t('error.status.other', { status: this.status });
  }

  /** The server's explanation when it adds to userMessage(), else ''. */
  get detail() {
    const p = this.problem;
    if (!p) return '';
    const fields = Array.isArray(p.errors)
      ? p.errors.map((e) => [e.field, e.message].filter(Boolean).join(': ')).filter(Boolean)
      : [];
    const text = [p.detail, ...fields].filter((s) => typeof s === 'string' && s).join('; ');
    return text !== this.userMessage() ? text : '';
  }
}

/** The server could not be reached, or its answer could not be read. */
export class NetworkError extends RequestError {
  constructor(url, cause) {
    super(`network error for ${url}`, { url, cause });
    this.name = 'NetworkError';
  }

  userMessage() {
    return t('error.network');
  }
}

/** The server answered with an error status (with or without a problem+json body). */
export class ProblemError extends RequestError {
  constructor(status, url, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`, { status, url, problem });
    this.name = 'ProblemError';
    /** Seconds from the Retry-After header (429, 503), or null. */
    this.retryAfter = null;
  }

  get type() {
    return (this.problem && this.problem.type) || 'about:blank';
  }

  /** The last path segment of the problem type ("login-failed"), or '' for about:blank. */
  get slug() {
    return this.type === 'about:blank' ? '' : this.type.split(/[/#]/).filter(Boolean).pop() || '';
  }

  /** Field errors of a 422 as {field: message}, the server's own words. */
  get fieldErrors() {
    const out = {};
    const list = this.problem && Array.isArray(this.problem.errors) ? this.problem.errors : [];
    for (const e of list) {
      if (e && typeof e.field === 'string' && typeof e.message === 'string' && !(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }

  userMessage() {
    const slug = this.slug;
    // With a Retry-After, "try again in N s" (the caller may count retryAfter down).
    const wait = Number.isFinite(this.retryAfter) ? { seconds: this.retryAfter } : null;
    if (slug && wait && has(`problem.${slug}.retry`)) return t(`problem.${slug}.retry`, wait);
    if (slug && has(`problem.${slug}`)) return t(`problem.${slug}`);
    if (this.status === 429 && wait) return t('error.status.429.retry', wait);
    const statusKey = this.status >= 500 ? 'error.status.5xx' : `error.status.${this.status}`;
    if (has(statusKey)) return t(statusKey);
    const p = this.problem || {};
    return p.title || p.detail || t('error.status.other', { status: this.status });
  }
}

/** The server answered 2xx with something that is not JSON. */
export class InvalidResponseError extends NetworkError {
  userMessage() {
    return t('error.invalidResponse');
  }
}

export class NotFoundError extends ProblemError {}
export class ValidationError extends ProblemError {}
export class ConflictError extends ProblemError {}
export class AccessError extends ProblemError {}
export class ServerError extends ProblemError {}

/** The typed error for an error answer (also for requests made without fetch, e.g. uploads). */
export function problemError(status, url, problem) {
  if (status === 404) return new NotFoundError(status, url, problem);
  if (status === 400 || status === 422) return new ValidationError(status, url, problem);
  if (status === 409 || status === 412 || status === 428) return new ConflictError(status, url, problem);
  if (status === 401 || status === 403) return new AccessError(status, url, problem);
  if (status >= 500) return new ServerError(status, url, problem);
  return new ProblemError(status, url, problem);
}

/** True for the error fetch throws when its AbortController fires: not worth showing. */
export function isAbort(err) {
  return !!err && (err.name === 'AbortError' || (err.cause && err.cause.name === 'AbortError'));
}

async function readProblem(response) {
  const type = (response.headers.get('content-type') || '').toLowerCase();
  if (!type.includes(PROBLEM_JSON) && !type.includes('application/json')) return null;
  try {
    const body = await response.json();
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}

/** Seconds to wait from a Retry-After value (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(value, now = Date.now()) {
  if (value == null) return null;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  if (!/[a-z]/i.test(text) || Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

let unauthenticated = null;

/**
 * fn(error) is called for every 401 answer, before the error is thrown: pages behind the login
 * send the user to the login page with it. null removes it (the login page itself, where a 401
 * means a wrong password).
 */
export function onUnauthenticated(fn) {
  unauthenticated = fn;
}

async function send(url, init, fetchImpl) {
  let response;
  try {
    response = await fetchImpl(url, { ...init, credentials: 'same-origin' });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new NetworkError(url, err);
  }
  if (response.ok) return response;
  const err = problemError(response.status, url, await readProblem(response));
  err.retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const member = err.problem && Number(err.problem.retryAfter); // the same, as a problem member
  if (err.retryAfter == null && Number.isFinite(member)) err.retryAfter = Math.max(0, Math.ceil(member));
  if (response.status === 401 && unauthenticated) {
    unauthenticated(err);
    err.handled = true; // the page is going to the login page: nothing to show
  }
  throw err;
}

/**
 * GETs url and returns the parsed JSON. Throws NetworkError, a ProblemError subclass, or the
 * AbortError of options.signal unchanged (test with isAbort). options.fetch replaces the global
 * fetch (tests).
 */
export async function getJson(url, { signal, headers = {}, fetch: fetchImpl = globalThis.fetch } = {}) {
  const response = await send(url, {
    method: 'GET',
    signal,
    headers: { Accept: 'application/json, application/geo+json', ...headers },
  }, fetchImpl);
  try {
    return await response.json();
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new InvalidResponseError(url, err);
  }
}

/**
 * GETs url and returns the Response itself, for a download read as a stream (response.body);
 * errors are thrown as getJson throws them.
 */
export async function getResponse(url, { signal, fetch: fetchImpl = globalThis.fetch } = {}) {
  return send(url, { method: 'GET', signal, headers: { Accept: '*/*' } }, fetchImpl);
}

/**
 * Sends a write (POST, PATCH, DELETE…) with body as JSON (no body when undefined) and returns
 * the parsed JSON answer, or null for 204 and other empty answers. Throws as getJson does.
 */
export async function sendJson(method, url, body, options = {}) {
  return (await exchange(method, url, body, options)).data;
}

/**
 * As sendJson, but returns {status, etag, replayed, data}: what a conditional, idempotent write
 * needs (ETag for the next If-Match; replayed when the server answered a retry from its
 * memory). contentType overrides application/json (e.g. application/merge-patch+json).
 */
export async function exchange(method, url, body, {
  signal, headers = {}, contentType = 'application/json', fetch: fetchImpl = globalThis.fetch,
} = {}) {
  const init = { method, signal, headers: { Accept: 'application/json, application/geo+json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = JSON.stringify(body);
  }
  const response = await send(url, init, fetchImpl);
  let text;
  try {
    text = response.status === 204 ? '' : await response.text();
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new NetworkError(url, err);
  }
  let data = null;
  if (text.trim()) {
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new InvalidResponseError(url, err);
    }
  }
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    replayed: response.headers.get('idempotent-replayed') === 'true',
    data,
  };
}
