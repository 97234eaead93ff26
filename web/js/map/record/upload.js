// File uploads as multipart/form-data with one part "file": photos (POST
// /api/buildings/{id}/photos) and bulk imports (POST /api/imports). XMLHttpRequest rather than
// fetch, because only it reports upload progress. Errors are the typed errors of request.js.

import { problemError, NetworkError, InvalidResponseError } from '../../shared/request.js';

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return undefined;
  }
}

/**
 * POSTs file as the part "file" to url; onProgress(fraction 0..1) while sending, onSent() once
 * every byte is out and the server is working on it. Resolves to the JSON answer when accepted
 * by isAnswer(body); rejects with NetworkError or a ProblemError subclass. signal aborts.
 */
export function uploadFile(url, file, fallbackName, isAnswer, { onProgress = () => {}, onSent = () => {}, signal } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => onSent());
    xhr.addEventListener('load', () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body && typeof body === 'object' && isAnswer(body)) resolve(body);
        else reject(new InvalidResponseError(url, new Error('not the expected answer')));
        return;
      }
      const err = problemError(xhr.status, url, body && typeof body === 'object' ? body : null);
      const retry = Number(xhr.getResponseHeader('retry-after'));
      if (Number.isFinite(retry) && xhr.getResponseHeader('retry-after')) err.retryAfter = retry;
      reject(err);
    });
    xhr.addEventListener('error', () => reject(new NetworkError(url, new Error('upload failed'))));
    xhr.addEventListener('abort', () => reject(new DOMException('upload aborted', 'AbortError')));
    if (signal) signal.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, file.name || fallbackName);
    xhr.send(form);
  });
}
