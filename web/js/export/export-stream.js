// Reading a download as it streams in: the file name of its Content-Disposition, features
// counted across chunks, and sizes for people. Pure: no DOM.

/** Exports larger than this are offered as a direct link, not held in the page's memory. */
export const STREAM_LIMIT = 200000;

function decodeRfc5987(value) {
  const m = /^([\w!#$%&+^`{}~-]+)'[\w-]*'(.+)$/.exec(value.trim());
  if (!m) return null;
  try {
    if (m[1].toLowerCase() === 'utf-8') return decodeURIComponent(m[2]);
    return m[2].replace(/%([0-9a-f]{2})/gi, (x, hex) => String.fromCharCode(parseInt(hex, 16)));
  } catch {
    return null;
  }
}

/** Keeps a file name a file name: no directories, no control characters. */
function safeName(name) {
  const base = String(name).split(/[/\\]/).pop().replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base && base !== '.' && base !== '..' ? base : null;
}

/**
 * The file name of a Content-Disposition header: filename* (RFC 5987/6266, UTF-8 percent-encoded)
 * when present and readable, else filename (quoted or not), else null.
 */
export function dispositionFilename(header) {
  if (!header) return null;
  const params = {};
  const re = /;\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const m of String(header).matchAll(re)) {
    const name = m[1].toLowerCase();
    let value = m[2].trim();
    if (value.startsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    if (!(name in params)) params[name] = value;
  }
  const extended = params['filename*'] != null ? decodeRfc5987(params['filename*']) : null;
  return safeName(extended || params.filename || '') || null;
}

/**
 * Counts the occurrences of an ASCII pattern in a byte stream given chunk by chunk; a pattern
 * split across two chunks counts once. push(chunk) returns the total so far.
 */
export class PatternCounter {
  constructor(pattern) {
    this.pattern = Uint8Array.from(pattern, (c) => c.charCodeAt(0));
    this.tail = new Uint8Array(0);
    this.count = 0;
  }

  push(chunk) {
    const p = this.pattern;
    const data = new Uint8Array(this.tail.length + chunk.length);
    data.set(this.tail);
    data.set(chunk, this.tail.length);
    const last = data.length - p.length;
    for (let i = 0; i <= last; i++) {
      if (data[i] !== p[0]) continue;
      let j = 1;
      while (j < p.length && data[i + j] === p[j]) j++;
      if (j === p.length) this.count++;
    }
    // A match needs the whole pattern, so the last length-1 bytes can never hold one alone.
    this.tail = data.slice(Math.max(0, data.length - (p.length - 1)));
    return this.count;
  }
}

/**
 * The counter for a GeoJSON export format: Features of a FeatureCollection ("type":"Feature"
 * as our writer spells it; a quote inside a string is escaped, so property text cannot match),
 * or the RS characters that start each record of a GeoJSON text sequence (RFC 8142).
 */
export function featureCounter(format) {
  if (format === 'geojson') return new PatternCounter('"type":"Feature"');
  if (format === 'geojsonl') return new PatternCounter('\u001e');
  return null;
}

/** A byte count for people: "0 B", "12.3 KB", "4.56 MB". */
export function formatBytes(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = Math.max(0, Number(n) || 0);
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return i === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[i]}`;
}
