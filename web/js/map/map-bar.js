// The bar over the map while a footprint is drawn or edited (#map-bar): what to do, a message
// line, and big buttons. Labels by i18n key, relabelled on a language change.

import { el, byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';

export class MapBar {
  constructor() {
    this.root = byId('map-bar');
    this.state = null;
    onLanguageChange(() => this.render());
  }

  /**
   * Shows the bar: hintKey, buttons [{id, key, onClick, primary}]. Returns this. While shown,
   * body has class map-editing (the panel steps aside on phones).
   */
  show(hintKey, buttons) {
    this.state = { hintKey, buttons, message: null, enabled: {}, action: null };
    document.body.classList.add('map-editing');
    this.render();
    return this;
  }

  hide() {
    this.state = null;
    document.body.classList.remove('map-editing');
    this.render();
  }

  /** A message (i18n key and params, or a ready text as {text}); action: {key, onClick} adds a button. */
  message(msg, action = null) {
    if (!this.state) return;
    this.state.message = msg;
    this.state.action = action;
    this.render();
  }

  setEnabled(id, on) {
    if (!this.state) return;
    this.state.enabled[id] = on;
    this.render();
  }

  render() {
    const s = this.state;
    this.root.hidden = !s;
    if (!s) {
      this.root.replaceChildren();
      return;
    }
    const m = s.message;
    const text = m && (m.text || t(m.key, m.params));
    this.root.replaceChildren(...[
      el('p', { class: 'map-bar-hint', text: t(s.hintKey) }),
      text ? el('p', { class: 'map-bar-message', role: 'alert', text }) : null,
      s.action ? el('button', { type: 'button', class: 'button button-primary', id: 'map-bar-action', text: t(s.action.key), onclick: s.action.onClick }) : null,
      el('div', { class: 'map-bar-buttons' }, s.buttons.map((b) => el('button', {
        type: 'button',
        id: b.id,
        class: `button${b.primary ? ' button-primary' : ''}`,
        text: t(b.key),
        disabled: s.enabled[b.id] === false,
        onclick: b.onClick,
      }))),
    ].filter(Boolean));
  }
}
