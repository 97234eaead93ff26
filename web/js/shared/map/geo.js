// Small geometry helpers on GeoJSON (lon/lat). Pure: no DOM, no Leaflet.

function eachPosition(coords, fn) {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    fn(coords);
    return;
  }
  coords.forEach((c) => eachPosition(c, fn));
}

/**
 * [minLon, minLat, maxLon, maxLat] of a GeoJSON geometry (any type, including collections), or
 * null when it has no finite position.
 */
export function geometryBounds(geometry) {
  if (!geometry) return null;
  let b = null;
  const add = ([lon, lat]) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    if (!b) b = [lon, lat, lon, lat];
    else b = [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
  };
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries || []) {
      const gb = geometryBounds(g);
      if (gb) {
        add([gb[0], gb[1]]);
        add([gb[2], gb[3]]);
      }
    }
  } else {
    eachPosition(geometry.coordinates, add);
  }
  return b;
}

/** The centre [lon, lat] of a bounds array. */
export function boundsCenter([minLon, minLat, maxLon, maxLat]) {
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}
