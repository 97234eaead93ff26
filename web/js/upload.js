// Photo uploads: POST /api/buildings/{id}/photos as multipart/form-data with one part "file".
// XMLHttpRequest rather than fetch, because only it reports upload progress. Errors are the
// typed errors of request.js.

import { problemError, NetworkError, InvalidResponseError } from './request.js';
import { urls } from './urls.js';

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return undefined;
  }
}

/**
 * Uploads file to building id; onProgress(fraction 0..1) while sending. Resolves to the photo
 * ({id, thumbnailUrl, …}); rejects with NetworkError or a ProblemError subclass. signal aborts.
 */
export function uploadPhoto(buildingId, file, { onProgress = () => {}, signal } = {}) {
  const url = urls.buildingPhotos(buildingId);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body && typeof body.id === 'string') resolve(body);
        else reject(new InvalidResponseError(url, new Error('no photo id in the answer')));
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
    form.append('file', file, file.name || 'photo.jpg');
    xhr.send(form);
  });
}
