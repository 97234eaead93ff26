import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classBreaks, classOf, countsByUnit, ZERO_COLOUR, PALETTES } from '../js/map/tiles/choropleth-classes.js';

// Hazard buildings (serious or some) per community of the demo zone.
const COMMUNITIES = [8, 5, 13, 13, 12, 11, 6, 10, 4, 21, 3, 9, 2, 1, 2, 3, 5, 5, 1];

const ranges = (classes) => classes.map((c) => [c.min, c.max, c.units]);

test('community counts split into four quantile classes of about equal size', () => {
  const classes = classBreaks(COMMUNITIES);
  assert.deepEqual(ranges(classes), [[1, 3, 6], [4, 5, 4], [6, 11, 5], [12, 21, 4]]);
  assert.deepEqual(classes.map((c) => c.colour), PALETTES[4]);
});

test('three streets get a class each, named by their own counts', () => {
  assert.deepEqual(ranges(classBreaks([51, 52, 31])), [[31, 31, 1], [51, 51, 1], [52, 52, 1]]);
});

test('zero is a class of its own and never shares a colour', () => {
  const classes = classBreaks([0, 0, 3, 7]);
  assert.deepEqual(ranges(classes), [[0, 0, 2], [3, 3, 1], [7, 7, 1]]);
  assert.equal(classes[0].colour, ZERO_COLOUR);
  assert.equal(classOf(0, classes), classes[0]);
  assert.equal(classOf(5, classes), classes[2]);
});

test('no units, or no hazard anywhere, still give a legend', () => {
  assert.deepEqual(classBreaks([]), []);
  assert.deepEqual(ranges(classBreaks([0, 0])), [[0, 0, 2]]);
  assert.deepEqual(ranges(classBreaks([4, 4, 4])), [[4, 4, 3]]);
});

test('every count lands in a class', () => {
  const classes = classBreaks(COMMUNITIES);
  COMMUNITIES.forEach((v) => assert.ok(classOf(v, classes), `class for ${v}`));
  assert.equal(classOf(99, classes), null);
});

test('units without a hazard building count as zero', () => {
  const answer = { groups: [{ street: '430408003', buildings: 52 }, { street: '430406006', buildings: 51 }] };
  assert.deepEqual(countsByUnit(answer, 'street', ['430406006', '430408003', '430408004']),
    { 430406006: 51, 430408003: 52, 430408004: 0 });
});
