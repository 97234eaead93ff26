// The one fetch wrapper. Errors come back as typed RequestErrors whose userMessage() is in the
// user's current language: by the problem type (i18n key "problem.<last path segment>") when the
// table knows it, else by HTTP status, else the server's own title/detail.

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
  }

  get type() {
    return (this.problem && this.problem.type) || 'about:blank';
  }

  userMessage() {
    const slug = this.type === 'about:blank' ? '' : this.type.split(/[/#]/).filter(Boolean).pop();
    if (slug && has(`problem.${slug}`)) return t(`problem.${slug}`);
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

function problemError(status, url, problem) {
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

/**
 * GETs url and returns the parsed JSON. Throws NetworkError, a ProblemError subclass, or the
 * AbortError of options.signal unchanged (test with isAbort). options.fetch replaces the global
 * fetch (tests).
 */
export async function getJson(url, { signal, headers = {}, fetch: fetchImpl = globalThis.fetch } = {}) {
  let response;
  try {
    response = await fetchImpl(url, {
      method: 'GET',
      signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/geo+json', ...headers },
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new NetworkError(url, err);
  }
  if (!response.ok) throw problemError(response.status, url, await readProblem(response));
  try {
    return await response.json();
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new InvalidResponseError(url, err);
  }
}
