// The photo button of an action form: opens the phone's camera (capture=environment) or the file
// picker and puts each chosen photo in the outbox (POST /api/buildings/{id}/photos), which
// uploads it at once when it can, with a progress bar; shows the thumbnail the server made, or
// offline the photo itself, marked 待同步. ids() are the photos for payload.photos: uploaded ones
// by id, queued ones by their outbox reference (the outbox fills in the id before the action
// goes). A refused upload stays listed with its reason and can be removed.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { urls } from '../../shared/urls.js';
import { photoRef } from '../outbox/queue.js';

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
  /** buildingId: where photos go; idPrefix: unique prefix for element ids; outbox: the uploads' way. */
  constructor(buildingId, idPrefix, outbox) {
    this.buildingId = buildingId;
    this.outbox = outbox;
    this.items = []; // {file, photo, queued (outbox item id), error, node}
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

  /** The photos chosen, in order: uploaded ones by id, queued ones by outbox reference. */
  ids() {
    return this.items.map((i) => (i.photo ? i.photo.id : i.queued ? photoRef(i.queued) : null)).filter(Boolean);
  }

  /** Whether any photo is still on its first try. */
  busy() {
    return this.items.some((i) => !i.photo && !i.error && !i.done);
  }

  addFiles(files) {
    this.input.value = ''; // the same photo may be chosen again after a removal
    for (const file of files) this.upload(file);
  }

  async upload(file) {
    const progress = el('progress', { class: 'photo-progress', max: 1, value: 0 });
    const status = el('span', { class: 'photo-status', text: t('photo.uploading', { name: file.name }) });
    const item = { file, photo: null, queued: null, error: null, done: false, node: null };
    const remove = el('button', {
      type: 'button', class: 'button photo-remove', 'data-i18n-aria-label': 'photo.remove',
      'aria-label': t('photo.remove'), title: t('photo.remove'), text: '×',
      onclick: () => this.remove(item),
    });
    item.node = el('li', { class: 'photo-item', dataset: { state: 'uploading' } }, progress, status, remove);
    this.items.push(item);
    this.list.append(item.node);
    const queued = await this.outbox.add({
      kind: 'photo', buildingId: this.buildingId, label: { key: 'outbox.photo', params: { name: file.name } },
      method: 'POST', url: urls.buildingPhotos(this.buildingId), body: { file, name: file.name },
    });
    item.queued = queued.id;
    this.outbox.progress.set(queued.id, (f) => { progress.value = f; });
    const { item: done, error } = await this.outbox.attempt(queued.id);
    this.outbox.progress.delete(queued.id);
    item.done = true;
    if (!this.items.includes(item)) return;
    if (done && done.state === 'sent') {
      item.photo = { id: done.result.photoId, thumbnailUrl: done.result.thumbnailUrl };
      item.queued = null;
      this.show(item, item.photo.thumbnailUrl || urls.photoThumbnail(item.photo.id), 'done', remove);
      item.node.dataset.photoId = item.photo.id;
    } else if (done && done.state === 'waiting') {
      this.show(item, await dataUrl(file), 'queued', remove, t('outbox.pending'));
    } else {
      item.error = error;
      item.queued = null;
      if (done) await this.outbox.drop(done.id);
      const reason = error && typeof error.userMessage === 'function' ? error.userMessage() : String(error);
      status.textContent = t('photo.failed', { name: file.name, reason });
      progress.remove();
      item.node.dataset.state = 'failed';
    }
    this.renderCount();
    this.node.dispatchEvent(new Event('photos-changed', { bubbles: true }));
  }

  show(item, src, state, remove, note = '') {
    const thumb = el('img', { class: 'photo-thumb', src, alt: item.file.name, width: 72, height: 72 });
    item.node.replaceChildren(thumb, note ? el('span', { class: 'photo-status', text: note }) : null, remove);
    item.node.dataset.state = state;
  }

  remove(item) {
    this.items = this.items.filter((i) => i !== item);
    item.node.remove();
    if (item.queued) this.outbox.drop(item.queued);
    this.renderCount();
  }

  /** The form was cancelled: the photos still queued for it go too. */
  discard() {
    for (const item of this.items.filter((i) => i.queued)) this.outbox.drop(item.queued);
  }

  renderCount() {
    const n = this.ids().length;
    this.count.textContent = n ? t('photo.count', { count: n }) : '';
  }
}

/** The photo as a data: URL (the CSP allows data: images, not blob:), for the offline thumbnail. */
function dataUrl(file) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => resolve('');
    reader.readAsDataURL(file);
  });
}
