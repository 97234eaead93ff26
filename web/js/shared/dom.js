// DOM building without innerHTML: server text only ever reaches the page as text nodes.

/**
 * el('li', {class: 'x', text: 'hello', onclick: fn, 'aria-label': '…'}, child, …). Attribute
 * values are set with setAttribute; "text" sets textContent; "style" is refused because the page
 * runs under a CSP without inline styles.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name === 'style') throw new Error('inline style attributes are not allowed');
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** document.getElementById that fails loudly when index.html and the code disagree. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing element #${id}`);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small SVG square drawn with Leaflet path options (legend and status swatches). */
export function swatch(style, size = 22) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const rect = document.createElementNS(SVG_NS, 'rect');
  const inset = Math.max(1.5, (style.weight || 1) / 2 + 0.5);
  rect.setAttribute('x', String(inset));
  rect.setAttribute('y', String(inset));
  rect.setAttribute('width', String(size - 2 * inset));
  rect.setAttribute('height', String(size - 2 * inset));
  rect.setAttribute('fill', style.fillColor);
  rect.setAttribute('fill-opacity', String(style.fillOpacity));
  rect.setAttribute('stroke', style.color);
  rect.setAttribute('stroke-width', String(style.weight || 1));
  if (style.dashArray) rect.setAttribute('stroke-dasharray', style.dashArray);
  svg.append(rect);
  return svg;
}
