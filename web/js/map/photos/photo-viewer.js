// The photo viewer: one photo enlarged over the page with its taken-at time (Asia/Shanghai),
// position, distance from the footprint and the server's flags as badges; previous and next
// within the photos it was opened on; closed by its 44 px button or Escape, which then returns
// focus to the thumbnail that opened it. One viewer for the page, made on first use.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { distanceText, flagBadges, positionText, takenAtText } from './photo-evidence.js';

class PhotoViewer {
  constructor() {
    this.photos = [];
    this.index = 0;
    this.opener = null;
    this.counter = el('span', { class: 'photo-viewer-index', 'aria-live': 'polite' });
    this.closeButton = el('button', { type: 'button', id: 'photo-viewer-close', class: 'button button-icon photo-viewer-close', text: '×', onclick: () => this.close() });
    this.prev = el('button', { type: 'button', id: 'photo-viewer-prev', class: 'button photo-viewer-step', onclick: () => this.step(-1) });
    this.next = el('button', { type: 'button', id: 'photo-viewer-next', class: 'button photo-viewer-step', onclick: () => this.step(1) });
    this.image = el('img', { class: 'photo-viewer-image', alt: '' });
    this.details = el('div', { class: 'photo-viewer-details' });
    this.root = el('div', { id: 'photo-viewer', class: 'photo-viewer', role: 'dialog', 'aria-modal': 'true', hidden: true },
      el('div', { class: 'photo-viewer-bar' }, this.counter, this.closeButton),
      el('div', { class: 'photo-viewer-stage' }, this.image),
      this.details,
      el('div', { class: 'photo-viewer-steps' }, this.prev, this.next));
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      else if (e.key === 'ArrowLeft') this.step(-1);
      else if (e.key === 'ArrowRight') this.step(1);
      else return;
      e.preventDefault();
      e.stopPropagation(); // Escape closes the viewer, not the building panel under it
    });
    document.body.append(this.root);
  }

  /** Shows photos[index]; opener gets the focus back on close. */
  open(photos, index, opener = null) {
    this.photos = photos;
    this.index = index;
    this.opener = opener;
    this.root.hidden = false;
    document.body.classList.add('photo-viewer-open');
    this.render();
    this.closeButton.focus();
  }

  close() {
    if (this.root.hidden) return;
    this.root.hidden = true;
    document.body.classList.remove('photo-viewer-open');
    this.image.removeAttribute('src');
    if (this.opener && this.opener.isConnected) this.opener.focus();
  }

  step(delta) {
    const i = this.index + delta;
    if (i < 0 || i >= this.photos.length) return;
    this.index = i;
    this.render();
  }

  render() {
    const photo = this.photos[this.index];
    const total = this.photos.length;
    this.root.setAttribute('aria-label', t('photo.viewer'));
    this.root.dataset.photoId = photo.id;
    this.counter.textContent = t('photo.index', { n: this.index + 1, total });
    for (const [button, key] of [[this.closeButton, 'photo.close'], [this.prev, 'photo.prev'], [this.next, 'photo.next']]) {
      button.setAttribute('aria-label', t(key));
      button.title = t(key);
    }
    this.prev.textContent = `‹ ${t('photo.prev')}`;
    this.next.textContent = `${t('photo.next')} ›`;
    this.prev.disabled = this.index === 0;
    this.next.disabled = this.index === total - 1;
    this.prev.hidden = this.next.hidden = total < 2;
    this.image.src = photo.url;
    this.image.alt = photo.originalName || t('photo.viewer');
    const badges = flagBadges(photo);
    const rows = [
      ['taken', 'photo.takenAt', takenAtText(photo)],
      ['position', 'photo.position', positionText(photo)],
      photo.distanceMeters == null ? null : ['distance', 'photo.distance', distanceText(photo.distanceMeters)],
    ].filter(Boolean);
    this.details.replaceChildren(
      badges.length ? el('ul', { class: 'photo-flags' }, badges.map((b) =>
        el('li', { class: 'photo-flag', dataset: { flag: b.flag }, text: b.text }))) : null,
      badges.length ? el('p', { class: 'photo-flag-note', text: t('photo.flagNote') }) : null,
      el('dl', { class: 'fields photo-viewer-fields' }, rows.map(([name, key, value]) => [
        el('dt', { text: t(key) }), el('dd', { dataset: { field: name }, text: value })]).flat()));
  }
}

let viewer = null;

/** The page's photo viewer. */
export function photoViewer() {
  if (!viewer) viewer = new PhotoViewer();
  return viewer;
}
