// Photos as evidence: the API's photo JSON read defensively (an older server sends no flags),
// the flags the server set as badge texts, the taken-at time and position as text, and which
// photos belong to which history entry. Pure: no DOM.

import { t } from '../../shared/i18n.js';
import { formatDateTime, formatNumber } from '../../shared/format.js';

/** Flags the server may set on a photo, in the order their badges are shown. */
export const FLAGS = ['far-from-footprint', 'taken-before-order', 'no-position'];

const number = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** One photo of the API with every member typed; flags [] when the server sent none. */
export function readPhoto(raw) {
  const p = raw && typeof raw === 'object' ? raw : {};
  const id = String(p.id || '');
  const flags = Array.isArray(p.flags) ? p.flags.filter((f) => typeof f === 'string' && f) : [];
  return {
    id,
    url: typeof p.url === 'string' ? p.url : '',
    thumbnailUrl: typeof p.thumbnailUrl === 'string' ? p.thumbnailUrl : '',
    takenAt: typeof p.takenAt === 'string' ? p.takenAt : null,
    lon: number(p.lon),
    lat: number(p.lat),
    eventSeq: Number.isInteger(p.eventSeq) ? p.eventSeq : null,
    originalName: typeof p.originalName === 'string' ? p.originalName : '',
    flags: [...flags].sort((a, b) => rank(a) - rank(b)),
    distanceMeters: number(p.distanceMeters),
  };
}

function rank(flag) {
  const i = FLAGS.indexOf(flag);
  return i < 0 ? FLAGS.length : i;
}

/** A distance in metres as "120 米" (whole metres; "1.2 公里" from 1 km). */
export function distanceText(meters) {
  if (meters == null) return '';
  if (meters >= 1000) return t('photo.km', { km: formatNumber(meters / 1000, 1) });
  return t('photo.meters', { meters: formatNumber(Math.round(meters), 0) });
}

/** The badge text of one flag: 距房屋过远（520 米）, 早于指令拍摄, 无位置信息; unknown flags as sent. */
export function flagText(flag, photo = {}) {
  if (flag === 'far-from-footprint' && photo.distanceMeters != null) {
    return t('photo.flag.farBy', { distance: distanceText(photo.distanceMeters) });
  }
  return t(`photo.flag.${flag}`, { fallback: flag });
}

/** The badges of a photo: [{flag, text}], empty when nothing was flagged (or an old server). */
export function flagBadges(photo) {
  return (photo.flags || []).map((flag) => ({ flag, text: flagText(flag, photo) }));
}

/** Taken-at in Asia/Shanghai, or 拍摄时间未知. */
export function takenAtText(photo) {
  return photo.takenAt ? formatDateTime(photo.takenAt) : t('photo.takenUnknown');
}

/** Position as "北纬 26.90012°，东经 112.57501°", or 无位置信息. */
export function positionText(photo) {
  if (photo.lat == null || photo.lon == null) return t('photo.flag.no-position');
  const hemi = (v, pos, neg) => t(v >= 0 ? pos : neg, { value: Math.abs(v).toFixed(5) });
  return [hemi(photo.lat, 'photo.north', 'photo.south'), hemi(photo.lon, 'photo.east', 'photo.west')]
    .join(t('value.listSeparator'));
}

/**
 * The photos of one history entry: those the server lists in the entry itself (objects), else
 * those of the building's photo list attached to its seq, else those its payload names by id.
 */
export function photosOfEvent(event, photos) {
  const e = event || {};
  if (Array.isArray(e.photos) && e.photos.length && typeof e.photos[0] === 'object') return e.photos.map(readPhoto);
  const list = Array.isArray(photos) ? photos : [];
  const bySeq = Number.isInteger(e.seq) ? list.filter((p) => p.eventSeq === e.seq) : [];
  if (bySeq.length) return bySeq;
  const ids = e.payload && Array.isArray(e.payload.photos) ? e.payload.photos.map(String) : [];
  return ids.map((id) => list.find((p) => p.id === id)).filter(Boolean);
}
