// Downloading an export inside the page: fetch, read the body as a stream (progress per
// chunk), then save the whole as a file from a Blob URL under the server's file name.

import { el } from '../shared/dom.js';
import { getResponse } from '../shared/request.js';
import { dispositionFilename } from './export-stream.js';

/**
 * Reads url to the end. onProgress({bytes, counted}) after every chunk (counted from counter,
 * a PatternCounter, or null). Resolves to {blob, filename}; an abort of signal rejects with the
 * AbortError (isAbort), a failed request with the typed error of request.js.
 */
export async function streamDownload(url, { signal, counter = null, onProgress = () => {}, fallbackName = 'export' }) {
  const response = await getResponse(url, { signal });
  const filename = dispositionFilename(response.headers.get('content-disposition')) || fallbackName;
  const type = response.headers.get('content-type') || 'application/octet-stream';
  const chunks = [];
  let bytes = 0;
  let counted = null;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    if (counter) counted = counter.push(value);
    onProgress({ bytes, counted });
  }
  return { blob: new Blob(chunks, { type }), filename };
}

/** Saves a blob as a file through a temporary link (the browser's download). */
export function saveBlob(blob, filename) {
  const href = URL.createObjectURL(blob);
  const link = el('a', { href, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the time the link's click returns; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(href), 60000);
}
