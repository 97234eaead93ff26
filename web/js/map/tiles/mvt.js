// A small Mapbox Vector Tile decoder (spec 2.1): protocol buffers by hand, no library. Pure: no
// DOM, no Leaflet. Feature geometry stays as its command integers until asked for, so a tile of
// thousands of features decodes in a few milliseconds and draws without building point arrays.

export const GEOM_POINT = 1;
export const GEOM_LINE = 2;
export const GEOM_POLYGON = 3;

const CMD_MOVE_TO = 1;
const CMD_LINE_TO = 2;
const CMD_CLOSE_PATH = 7;

const UTF8 = new TextDecoder();

/** Reads protocol buffer fields from a Uint8Array. */
class Reader {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  varint() {
    const b = this.bytes;
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new RangeError('truncated varint');
      const byte = b[this.pos++];
      // Multiplication, not <<: values up to 2^53 stay exact (ids, uint64 properties).
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
      if (shift > 63) throw new RangeError('varint too long');
    }
  }

  /** The next field's {field, wire}, or null at the end. */
  tag() {
    if (this.pos >= this.end) return null;
    const key = this.varint();
    return { field: Math.floor(key / 8), wire: key % 8 };
  }

  /** A reader over the next length-delimited field. */
  sub() {
    const length = this.varint();
    const start = this.pos;
    this.pos += length;
    if (this.pos > this.end) throw new RangeError('truncated message');
    return new Reader(this.bytes, start, this.pos);
  }

  string() {
    const r = this.sub();
    return UTF8.decode(this.bytes.subarray(r.pos, r.end));
  }

  packed() {
    const r = this.sub();
    const out = [];
    while (r.pos < r.end) out.push(r.varint());
    return out;
  }

  skip(wire) {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.pos += this.varint();
    else if (wire === 5) this.pos += 4;
    else throw new RangeError(`unsupported wire type ${wire}`);
    if (this.pos > this.end) throw new RangeError('truncated field');
  }

  float(bytesLong) {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.pos, bytesLong);
    this.pos += bytesLong;
    return bytesLong === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true);
  }
}

const zigzag = (n) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function readValue(r) {
  let value = null;
  for (let t = r.tag(); t; t = r.tag()) {
    if (t.field === 1 && t.wire === 2) value = r.string();
    else if (t.field === 2 && t.wire === 5) value = r.float(4);
    else if (t.field === 3 && t.wire === 1) value = r.float(8);
    else if ((t.field === 4 || t.field === 5) && t.wire === 0) value = r.varint();
    else if (t.field === 6 && t.wire === 0) value = zigzag(r.varint());
    else if (t.field === 7 && t.wire === 0) value = r.varint() !== 0;
    else r.skip(t.wire);
  }
  return value;
}

function readFeature(r) {
  const f = { id: null, type: 0, tags: [], geometry: [] };
  for (let t = r.tag(); t; t = r.tag()) {
    if (t.field === 1 && t.wire === 0) f.id = r.varint();
    else if (t.field === 2 && t.wire === 2) f.tags = r.packed();
    else if (t.field === 3 && t.wire === 0) f.type = r.varint();
    else if (t.field === 4 && t.wire === 2) f.geometry = r.packed();
    else r.skip(t.wire);
  }
  return f;
}

function readLayer(r) {
  const layer = { name: '', version: 1, extent: 4096, features: [] };
  const keys = [];
  const values = [];
  const raw = [];
  for (let t = r.tag(); t; t = r.tag()) {
    if (t.field === 15 && t.wire === 0) layer.version = r.varint();
    else if (t.field === 1 && t.wire === 2) layer.name = r.string();
    else if (t.field === 2 && t.wire === 2) raw.push(readFeature(r.sub()));
    else if (t.field === 3 && t.wire === 2) keys.push(r.string());
    else if (t.field === 4 && t.wire === 2) values.push(readValue(r.sub()));
    else if (t.field === 5 && t.wire === 0) layer.extent = r.varint();
    else r.skip(t.wire);
  }
  layer.features = raw.map((f) => {
    const properties = {};
    for (let i = 0; i + 1 < f.tags.length; i += 2) {
      const key = keys[f.tags[i]];
      if (key === undefined || f.tags[i + 1] >= values.length) throw new RangeError('tag out of range');
      properties[key] = values[f.tags[i + 1]];
    }
    return { id: f.id, type: f.type, properties, geometry: f.geometry };
  });
  return layer;
}

/**
 * Decodes tile bytes (Uint8Array or ArrayBuffer) into {layerName: {name, version, extent,
 * features: [{id, type, properties, geometry}]}}, geometry being the raw command integers (use
 * rings() or walkGeometry()). An empty body is a tile without layers.
 *
 * @throws RangeError when the bytes are not a well-formed tile
 */
export function decodeTile(data) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const r = new Reader(bytes);
  const layers = {};
  for (let t = r.tag(); t; t = r.tag()) {
    if (t.field === 3 && t.wire === 2) {
      const layer = readLayer(r.sub());
      layers[layer.name] = layer;
    } else {
      r.skip(t.wire);
    }
  }
  return layers;
}

/**
 * Walks a feature's geometry commands in tile units: moveTo(x, y), lineTo(x, y), closePath().
 * For a canvas, pass the context's own methods (with a scale applied to it, or in the callbacks).
 */
export function walkGeometry(commands, { moveTo, lineTo, closePath }) {
  let x = 0;
  let y = 0;
  let i = 0;
  while (i < commands.length) {
    const op = commands[i] & 0x7;
    const count = commands[i] >>> 3;
    i++;
    if (op === CMD_CLOSE_PATH) {
      for (let n = 0; n < count; n++) closePath();
      continue;
    }
    if (op !== CMD_MOVE_TO && op !== CMD_LINE_TO) throw new RangeError(`unknown geometry command ${op}`);
    if (i + 2 * count > commands.length) throw new RangeError('truncated geometry');
    for (let n = 0; n < count; n++) {
      x += zigzag(commands[i++]);
      y += zigzag(commands[i++]);
      if (op === CMD_MOVE_TO) moveTo(x, y);
      else lineTo(x, y);
    }
  }
}

/** The geometry as arrays of [x, y] in tile units: one per point, line or ring (rings closed). */
export function rings(commands) {
  const out = [];
  let current = null;
  walkGeometry(commands, {
    moveTo: (x, y) => { current = [[x, y]]; out.push(current); },
    lineTo: (x, y) => { current.push([x, y]); },
    closePath: () => { if (current) current.push([...current[0]]); },
  });
  return out;
}

/**
 * The surveyor's formula in tile units: positive for an exterior ring, negative for a hole
 * (spec 4.3.4.4; exterior rings are clockwise as drawn on screen, y pointing down).
 */
export function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}
