// How an outbox item goes over the wire: a JSON write through request.js (conditional with
// If-Match, idempotent with its Idempotency-Key), or a photo as multipart through upload.js.
// Resolves with what the outbox keeps of the answer; throws request.js's typed errors.

import { exchange } from '../../shared/request.js';
import { uploadFile } from '../record/upload.js';
import { requestOf } from './queue.js';

export { etagOf } from '../../shared/offline/store.js';

/**
 * Sends item; onProgress(fraction) while a photo uploads. Resolves with {etag, feature,
 * replayed} for a write, {photoId, thumbnailUrl} for a photo.
 */
export async function transport(item, onProgress = () => {}) {
  if (item.kind === 'photo') {
    const { file, name } = item.body;
    const photo = await uploadFile(item.url, file, name || 'photo.jpg', (b) => typeof b.id === 'string', { onProgress });
    return { photoId: photo.id, thumbnailUrl: photo.thumbnailUrl || null };
  }
  const r = requestOf(item);
  const res = await exchange(r.method, r.url, r.body, { contentType: r.contentType, headers: r.headers });
  return { etag: res.etag || etagOf(res.data), feature: res.data, replayed: res.replayed };
}
