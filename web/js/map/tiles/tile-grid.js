// The XYZ tile grid over Web Mercator that web maps and /tiles/buildings share. Pure: no DOM,
// no Leaflet, so the arithmetic is tested in node.

const MAX_LAT = 85.0511287798066;

/** Tile units a side and the buffer a tile carries beyond its edges (the server's Tile.java). */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

/** Column of longitude lon at zoom z, as a fraction (floor it for the tile). */
export function lonToX(lon, z) {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Row of latitude lat at zoom z (0 at the north), as a fraction. */
export function latToY(lat, z) {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 2 ** z;
}

/** [minLon, minLat, maxLon, maxLat] of tile z/x/y. */
export function tileBounds(z, x, y) {
  const n = 2 ** z;
  const lon = (col) => (col / n) * 360 - 180;
  const lat = (row) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

/**
 * The tiles of zoom z whose content a change inside bbox [minLon, minLat, maxLon, maxLat] can
 * alter, with their buffer: {minX, minY, maxX, maxY} (inclusive), clamped to the world.
 */
export function tileRange(bbox, z) {
  const n = 2 ** z;
  const margin = TILE_BUFFER / TILE_EXTENT;
  const clamp = (v) => Math.max(0, Math.min(n - 1, Math.floor(v)));
  return {
    minX: clamp(lonToX(bbox[0], z) - margin),
    maxX: clamp(lonToX(bbox[2], z) + margin),
    minY: clamp(latToY(bbox[3], z) - margin),
    maxY: clamp(latToY(bbox[1], z) + margin),
  };
}

/** Whether tile {x, y, z} lies in the range of any of the boxes. */
export function tileTouched(coords, bboxes) {
  return bboxes.some((b) => {
    const r = tileRange(b, coords.z);
    return coords.x >= r.minX && coords.x <= r.maxX && coords.y >= r.minY && coords.y <= r.maxY;
  });
}
