// One write the user asked for, and its Idempotency-Key. The key is kept while the user retries
// the same request (same URL, same body, same If-Match) after a failure that leaves its fate
// unknown (network error, 5xx, timeout): if the first try did reach the server, the retry gets
// its answer instead of doing the work twice. A changed form, a new ETag or a definite answer
// means a new request and a new key. Pure apart from the random key.

import { newUuid } from '../uuid.js';

/** Whether a failure leaves it unknown whether the server did the work. */
export function fateUnknown(err) {
  if (!err) return false;
  if (!err.status) return true; // no answer at all: network error, unreadable answer
  return err.status >= 500 || err.status === 408 || (err.status === 409 && err.slug === 'request-in-progress');
}

export class Submission {
  constructor(makeKey = newUuid) {
    this.makeKey = makeKey;
    this.pending = null;
  }

  /** The key for a request to url with body and ifMatch: the kept one when it is a retry. */
  keyFor(url, body, ifMatch) {
    const fingerprint = JSON.stringify([url, body, ifMatch ?? null]);
    if (!this.pending || this.pending.fingerprint !== fingerprint) {
      this.pending = { fingerprint, key: this.makeKey() };
    }
    return this.pending.key;
  }

  /** After an answer: a failure of unknown fate keeps the key for the retry; anything else drops it. */
  settle(err = null) {
    if (!fateUnknown(err)) this.pending = null;
  }
}
