// Draws the buildings layer of one decoded vector tile on a canvas, in the status colours of
// style.js: footprints (detail=full) as polygons with the overdue edge, grid cells
// (detail=aggregated) as small squares whose opacity grows with the number of buildings in them. No DOM beyond the 2D context given,
// so node tests draw on a recording stand-in.

import { walkGeometry, GEOM_POINT, GEOM_POLYGON } from './mvt.js';
import { category, categoryStyle, OVERDUE_STROKE } from './style.js';

/** Side of an aggregation cell in tile units (the server's Detail.CELL). */
export const CELL_UNITS = 64;

/** Opacity of a cell of count buildings: one is faint, a hundred or more fully opaque. */
export function cellAlpha(count) {
  const n = Number.isFinite(count) && count > 0 ? count : 1;
  return Math.min(1, 0.45 + 0.275 * Math.log10(n));
}

/** The colour a cell of this category is filled with: light fills (closed, demolished) take their stroke. */
export function cellColour(cat) {
  const s = categoryStyle(cat);
  return s.fillOpacity < 0.5 ? s.color : s.fillColor;
}

function byCategory(features) {
  const groups = new Map();
  for (const f of features) {
    const cat = category(f.properties);
    if (!groups.has(cat)) groups.set(cat, []);
    groups.get(cat).push(f);
  }
  return groups;
}

function tracePolygons(ctx, features, scale) {
  ctx.beginPath();
  const pen = {
    moveTo: (x, y) => ctx.moveTo(x * scale, y * scale),
    lineTo: (x, y) => ctx.lineTo(x * scale, y * scale),
    closePath: () => ctx.closePath(),
  };
  for (const f of features) walkGeometry(f.geometry, pen);
}

function drawPolygons(ctx, features, scale, cat) {
  const s = categoryStyle(cat);
  tracePolygons(ctx, features, scale);
  ctx.globalAlpha = s.fillOpacity;
  ctx.fillStyle = s.fillColor;
  ctx.fill();
  ctx.globalAlpha = s.opacity;
  ctx.strokeStyle = s.color;
  ctx.lineWidth = 1;
  ctx.stroke();
  const overdue = features.filter((f) => f.properties.overdue === true);
  if (overdue.length) {
    tracePolygons(ctx, overdue, scale);
    ctx.strokeStyle = OVERDUE_STROKE;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
}

function drawCells(ctx, features, scale, cat) {
  const side = CELL_UNITS * scale;
  const half = side / 2;
  ctx.fillStyle = cellColour(cat);
  for (const f of features) {
    ctx.globalAlpha = cellAlpha(f.properties.count);
    walkGeometry(f.geometry, {
      moveTo: (x, y) => ctx.fillRect(x * scale - half, y * scale - half, side, side),
      lineTo: () => {},
      closePath: () => {},
    });
  }
  // No overdue edge on cells: in 4 pixels it would outweigh the status colour of the whole map.
}

/**
 * Draws layer (a decoded MVT layer, or undefined for an empty tile) on ctx, whose drawing
 * area is size × size (CSS pixels; scale the context for high-density screens first).
 * Returns the number of features drawn.
 */
export function drawBuildings(ctx, layer, size) {
  if (!layer || !layer.features.length) return 0;
  const scale = size / layer.extent;
  const groups = byCategory(layer.features);
  // Severe colours last, so that they stay on top where shapes overlap.
  const order = ['closed', 'demolished', 'unsurveyed', 'safe', 'yellow', 'orange', 'red'];
  const cats = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const cat of cats) {
    const features = groups.get(cat);
    const points = features.filter((f) => f.type === GEOM_POINT);
    const polygons = features.filter((f) => f.type === GEOM_POLYGON);
    if (polygons.length) drawPolygons(ctx, polygons, scale, cat);
    if (points.length) drawCells(ctx, points, scale, cat);
  }
  ctx.globalAlpha = 1;
  return layer.features.length;
}
