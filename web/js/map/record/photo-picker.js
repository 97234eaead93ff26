// The photo button of an action form: opens the phone's camera (capture=environment) or the file
// picker, uploads each chosen photo at once (POST /api/buildings/{id}/photos) with a progress
// bar, and shows the thumbnails the server made. ids() are the uploaded photos, for
// payload.photos. A failed upload stays listed with its reason and can be removed.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { uploadPhoto } from './upload.js';
import { urls } from '../../shared/urls.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A camera outline (an SVG path: no emoji font needed). */
function cameraIcon() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'photo-icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm8 3a4 4 0 1 0 0 8 4 4 0 0 0 0-8z');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}

export class PhotoPicker {
  /** buildingId: where photos go; idPrefix: unique prefix for element ids. */
  constructor(buildingId, idPrefix) {
    this.buildingId = buildingId;
    this.items = []; // {file, photo, error, node}
    this.input = el('input', {
      type: 'file',
      id: `${idPrefix}-photo-input`,
      class: 'photo-input visually-hidden',
      accept: 'image/jpeg,image/png',
      capture: 'environment',
      multiple: true,
      onchange: () => this.addFiles([...this.input.files]),
    });
    this.list = el('ul', { class: 'photo-list' });
    this.count = el('span', { class: 'photo-count', 'aria-live': 'polite' });
    this.node = el('fieldset', { id: `${idPrefix}-photos`, class: 'field photo-picker', dataset: { field: 'photos' } },
      el('legend', { class: 'field-label', 'data-i18n': 'photo.label', text: t('photo.label') }),
      el('label', { class: 'button photo-button', for: this.input.id },
        cameraIcon(),
        el('span', { 'data-i18n': 'photo.add', text: t('photo.add') })),
      this.input, this.count, this.list);
    this.renderCount();
  }

  /** Ids of the photos uploaded so far, in the order chosen. */
  ids() {
    return this.items.filter((i) => i.photo).map((i) => i.photo.id);
  }

  /** Whether any upload is still running. */
  busy() {
    return this.items.some((i) => !i.photo && !i.error);
  }

  addFiles(files) {
    this.input.value = ''; // the same photo may be chosen again after a removal
    for (const file of files) this.upload(file);
  }

  async upload(file) {
    const progress = el('progress', { class: 'photo-progress', max: 1, value: 0 });
    const status = el('span', { class: 'photo-status', text: t('photo.uploading', { name: file.name }) });
    const item = { file, photo: null, error: null, node: null };
    const remove = el('button', {
      type: 'button', class: 'button photo-remove', 'data-i18n-aria-label': 'photo.remove',
      'aria-label': t('photo.remove'), title: t('photo.remove'), text: '×',
      onclick: () => this.remove(item),
    });
    item.node = el('li', { class: 'photo-item', dataset: { state: 'uploading' } }, progress, status, remove);
    this.items.push(item);
    this.list.append(item.node);
    try {
      item.photo = await uploadPhoto(this.buildingId, file, { onProgress: (f) => { progress.value = f; } });
      if (!this.items.includes(item)) return;
      const thumb = el('img', {
        class: 'photo-thumb', src: item.photo.thumbnailUrl || urls.photoThumbnail(item.photo.id),
        alt: file.name, width: 72, height: 72,
      });
      item.node.replaceChildren(thumb, remove);
      item.node.dataset.state = 'done';
      item.node.dataset.photoId = item.photo.id;
    } catch (err) {
      item.error = err;
      const reason = err && typeof err.userMessage === 'function' ? err.userMessage() : String(err);
      status.textContent = t('photo.failed', { name: file.name, reason });
      progress.remove();
      item.node.dataset.state = 'failed';
    }
    this.renderCount();
    this.node.dispatchEvent(new Event('photos-changed', { bubbles: true }));
  }

  remove(item) {
    this.items = this.items.filter((i) => i !== item);
    item.node.remove();
    this.renderCount();
  }

  renderCount() {
    const n = this.ids().length;
    this.count.textContent = n ? t('photo.count', { count: n }) : '';
  }
}
