// A row of photo thumbnails (lazy-loaded), each a button that opens the photo viewer on that
// photo, with a 存疑 badge on a photo the server flagged (its reasons as the tooltip).

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { urls } from '../../shared/urls.js';
import { flagBadges } from './photo-evidence.js';

/** The viewer is loaded on the first tap on a thumbnail (the first view does not need it). */
function openViewer(photos, i, button) {
  button.disabled = true;
  import('./photo-viewer.js')
    .then(({ photoViewer }) => photoViewer().open(photos, i, button))
    .catch((err) => console.warn('photo viewer not loaded', err))
    .finally(() => { button.disabled = false; });
}

function thumb(photos, i) {
  const photo = photos[i];
  const badges = flagBadges(photo);
  const reasons = badges.map((b) => b.text).join(t('value.listSeparator'));
  const label = [t('photo.open', { n: i + 1 }), reasons].filter(Boolean).join(t('value.listSeparator'));
  return el('li', { class: 'photo-strip-item' },
    el('button', {
      type: 'button',
      class: badges.length ? 'photo-thumb-button is-flagged' : 'photo-thumb-button',
      title: label,
      'aria-label': label,
      dataset: { photoId: photo.id, flags: photo.flags.join(' ') },
      onclick: (e) => openViewer(photos, i, e.currentTarget),
    },
    el('img', {
      class: 'photo-strip-thumb', src: photo.thumbnailUrl || urls.photoThumbnail(photo.id), alt: '',
      loading: 'lazy', decoding: 'async', width: 64, height: 64,
    }),
    badges.length ? el('span', { class: 'photo-flag-badge', 'aria-hidden': 'true', text: t('photo.flagged') }) : null));
}

/** The thumbnails of photos (readPhoto shape), or null when there are none. */
export function photoStrip(photos) {
  if (!Array.isArray(photos) || photos.length === 0) return null;
  return el('ul', { class: 'photo-strip' }, photos.map((_, i) => thumb(photos, i)));
}

/** The record's section of every photo of the building (null while they load). */
export function photoSection(photos) {
  if (photos == null) return null;
  return el('section', { class: 'panel-section panel-photos' },
    el('h3', { class: 'block-heading', text: t('photo.strip') }),
    photoStrip(photos) || el('p', { class: 'panel-muted', text: t('photo.none') }));
}
