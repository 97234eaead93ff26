import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPhoto, flagBadges, flagText, distanceText, takenAtText, positionText, photosOfEvent } from '../js/map/photos/photo-evidence.js';
import { setLanguage } from '../js/shared/i18n.js';

const SERVER = {
  id: 'p1', url: '/api/photos/p1', thumbnailUrl: '/api/photos/p1/thumbnail', takenAt: '2024-05-01T02:00:00Z',
  lon: 112.5751234, lat: 26.9004567, eventSeq: 2, width: 640, height: 480,
  flags: ['no-position', 'far-from-footprint', 'taken-before-order'], checked: true, distanceMeters: 512.4,
};

test('a photo of the server is read with its flags in badge order and its distance', () => {
  const p = readPhoto(SERVER);
  assert.deepEqual(p.flags, ['far-from-footprint', 'taken-before-order', 'no-position']);
  assert.equal(p.distanceMeters, 512.4);
  assert.equal(p.eventSeq, 2);
  assert.deepEqual(flagBadges(p).map((b) => b.text), ['距房屋过远（512 米）', '早于指令拍摄', '无位置信息']);
});

test('an older server without flags shows no badge and nothing breaks', () => {
  const p = readPhoto({ id: 'p2', url: '/api/photos/p2', thumbnailUrl: '/api/photos/p2/thumbnail', lon: null, lat: null });
  assert.deepEqual(p.flags, []);
  assert.deepEqual(flagBadges(p), []);
  assert.equal(p.distanceMeters, null);
  assert.deepEqual(readPhoto(null).flags, []);
  assert.deepEqual(readPhoto({ flags: 'far-from-footprint' }).flags, []);
});

test('a far photo without a known distance and an unknown flag still read clearly', () => {
  assert.equal(flagText('far-from-footprint', {}), '距房屋过远');
  assert.equal(flagText('blurred', {}), 'blurred');
  assert.equal(distanceText(null), '');
  assert.equal(distanceText(99.6), '100 米');
  assert.equal(distanceText(1530), '1.5 公里');
});

test('taken-at is shown in Asia/Shanghai and the position in degrees', () => {
  const p = readPhoto(SERVER);
  assert.equal(takenAtText(p), '2024-05-01 10:00');
  assert.equal(takenAtText(readPhoto({})), '拍摄时间未知');
  assert.equal(positionText(p), '北纬 26.90046°、东经 112.57512°');
  assert.equal(positionText(readPhoto({ lat: 26.9 })), '无位置信息');
  setLanguage('en');
  try {
    assert.equal(flagText('taken-before-order', p), 'Taken before the order');
    assert.equal(positionText(p), '26.90046° N, 112.57512° E');
  } finally {
    setLanguage('zh-CN');
  }
});

test('a history entry gets the photos attached to its seq, else those its payload names', () => {
  const photos = [readPhoto({ id: 'a', eventSeq: 2 }), readPhoto({ id: 'b', eventSeq: 3 }), readPhoto({ id: 'c' })];
  assert.deepEqual(photosOfEvent({ seq: 2, payload: {} }, photos).map((p) => p.id), ['a']);
  assert.deepEqual(photosOfEvent({ seq: 5, payload: { photos: ['c', 'gone'] } }, photos).map((p) => p.id), ['c']);
  assert.deepEqual(photosOfEvent({ seq: 9 }, photos), []);
  const listed = photosOfEvent({ seq: 9, photos: [{ id: 'x', flags: ['no-position'] }] }, photos);
  assert.deepEqual(listed.map((p) => [p.id, p.flags]), [['x', ['no-position']]]);
});
