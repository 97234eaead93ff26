// The record panel as a bottom sheet on phones: it peeks (about a third of the screen, the map
// stays usable above it) and expands on demand — the expand button, or dragging its header up
// or down. On desktop the panel is a full-height side panel and the button is hidden (CSS).

import { byId } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';

/** Pixels a drag must travel to expand or collapse the sheet. */
const DRAG_PX = 30;

export class Sheet {
  /** root: the panel; its header is the drag handle, button the expand/collapse toggle. */
  constructor(root, header, button) {
    this.root = root;
    this.button = button;
    button.addEventListener('click', () => this.setExpanded(!this.expanded));
    let startY = null;
    header.addEventListener('pointerdown', (e) => { startY = e.clientY; });
    header.addEventListener('pointerup', (e) => {
      if (startY == null) return;
      const dy = e.clientY - startY;
      startY = null;
      if (dy <= -DRAG_PX) this.setExpanded(true);
      else if (dy >= DRAG_PX) this.setExpanded(false);
    });
    header.addEventListener('pointercancel', () => { startY = null; });
    onLanguageChange(() => this.render());
    this.setExpanded(false);
  }

  get expanded() {
    return this.root.dataset.sheet === 'expanded';
  }

  setExpanded(on) {
    this.root.dataset.sheet = on ? 'expanded' : 'peek';
    this.render();
  }

  render() {
    const on = this.expanded;
    this.button.setAttribute('aria-expanded', String(on));
    const label = t(on ? 'sheet.collapse' : 'sheet.expand');
    this.button.setAttribute('aria-label', label);
    this.button.title = label;
    this.button.textContent = on ? '▾' : '▴';
  }
}

/** The sheet of the record panel (#panel). */
export function recordSheet() {
  return new Sheet(byId('panel'), byId('panel-header'), byId('panel-expand'));
}
