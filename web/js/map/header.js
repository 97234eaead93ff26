// The map page's header on phones: one row of search, a filter button and a menu button. The
// street/status/basemap selects and the user, page links and language each open as a drop-down
// under the row (CSS hides the buttons and shows everything in line from 768 px). One drop-down
// at a time; Escape or a tap on the map closes it.

import { byId } from '../shared/dom.js';

const DROPDOWNS = [
  { button: 'filters-toggle', open: 'filters-open' },
  { button: 'menu-toggle', open: 'menu-open' },
];

export function initHeader() {
  const parts = DROPDOWNS.map((d) => ({ ...d, button: byId(d.button) }));
  const show = (which) => {
    for (const p of parts) {
      const on = p === which;
      document.body.classList.toggle(p.open, on);
      p.button.setAttribute('aria-expanded', String(on));
    }
  };
  for (const p of parts) {
    p.button.addEventListener('click', () => show(document.body.classList.contains(p.open) ? null : p));
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') show(null);
  });
  byId('map').addEventListener('pointerdown', () => show(null));
}
