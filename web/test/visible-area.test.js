import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredPadding, visibleShift, isVisible } from '../js/map/visible-area.js';

const rect = (left, top, width, height) => ({ left, top, width, height, right: left + width, bottom: top + height });

// A 390×844 phone: header 56 px, the map below it, the sheet peeking at 36% of the screen.
const PHONE_MAP = rect(0, 56, 390, 788);
const SHEET = rect(0, 844 - 304, 390, 304);
// A 1280×800 desktop: header 100 px, the 420 px side panel over the map's right side.
const DESK_MAP = rect(0, 100, 1280, 700);
const SIDE = rect(860, 100, 420, 700);

test('a bottom sheet covers the bottom of the map, a side panel its right side', () => {
  assert.deepEqual(coveredPadding(PHONE_MAP, SHEET), { top: 0, right: 0, bottom: 304, left: 0 });
  assert.deepEqual(coveredPadding(DESK_MAP, SIDE), { top: 0, right: 420, bottom: 0, left: 0 });
});

test('no panel, an empty one or one beside the map covers nothing', () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  assert.deepEqual(coveredPadding(PHONE_MAP, null), none);
  assert.deepEqual(coveredPadding(PHONE_MAP, rect(0, 0, 0, 0)), none);
  assert.deepEqual(coveredPadding(PHONE_MAP, rect(0, 900, 390, 100)), none);
});

test('a panel taller than the map covers at most the whole map', () => {
  assert.equal(coveredPadding(PHONE_MAP, rect(0, 0, 390, 844)).bottom, 788);
});

test('the visible centre lies half the covered part away from the map centre', () => {
  assert.deepEqual(visibleShift({ top: 0, right: 0, bottom: 304, left: 0 }), { x: 0, y: -152 });
  assert.deepEqual(visibleShift({ top: 0, right: 420, bottom: 0, left: 0 }), { x: -210, y: 0 });
  const size = { x: 390, y: 788 };
  const padding = coveredPadding(PHONE_MAP, SHEET);
  const shift = visibleShift(padding);
  // The point the map is moved to sits in the middle of the uncovered part.
  assert.ok(isVisible({ x: 195 + shift.x, y: 394 + shift.y }, size, padding, 100));
  assert.equal((394 + shift.y), (788 - 304) / 2);
});

test('a point under the sheet, or too near an edge, is not visible', () => {
  const size = { x: 390, y: 788 };
  const padding = { top: 0, right: 0, bottom: 304, left: 0 };
  assert.equal(isVisible({ x: 195, y: 600 }, size, padding), false);
  assert.equal(isVisible({ x: 195, y: 300 }, size, padding), true);
  assert.equal(isVisible({ x: 10, y: 300 }, size, padding, 24), false);
  assert.equal(isVisible({ x: 195, y: 470 }, size, padding, 24), false);
});
