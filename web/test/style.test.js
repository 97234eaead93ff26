import { test } from 'node:test';
import assert from 'node:assert/strict';
import { category, categoryStyle, buildingStyle, legendEntries, OVERDUE_STROKE, SELECTED_STROKE } from '../js/map/tiles/style.js';

const cases = [
  // props → colour class (DOMAIN.md "Map conventions")
  [{ status: 'unsurveyed' }, 'unsurveyed'],
  [{ status: 'surveyed', judgement: 'serious' }, 'red'],
  [{ status: 'surveyed', judgement: 'some' }, 'orange'],
  [{ status: 'archived_safe', judgement: 'none' }, 'safe'],
  [{ status: 'surveyed', judgement: null }, 'unsurveyed'],
  [{ status: 'awaiting_rectification', judgement: 'some', grade: 'D' }, 'red'],
  [{ status: 'awaiting_rectification', judgement: 'serious', grade: 'C' }, 'orange'],
  [{ status: 'awaiting_rectification', judgement: 'serious', grade: 'B' }, 'yellow'],
  [{ status: 'closed', judgement: 'some', grade: 'A' }, 'closed'],
  [{ status: 'closed', judgement: 'serious', grade: 'D' }, 'closed'],
  [{ status: 'demolished', judgement: 'serious', grade: 'D' }, 'demolished'],
  [{ status: 'unsurveyed', judgement: 'serious' }, 'unsurveyed'],
  [{}, 'unsurveyed'],
  [null, 'unsurveyed'],
];

for (const [props, expected] of cases) {
  test(`${JSON.stringify(props)} is drawn ${expected}`, () => {
    assert.equal(category(props), expected);
  });
}

test('hazard colours are red, orange, yellow and blue', () => {
  assert.equal(categoryStyle('red').fillColor, '#d32f2f');
  assert.equal(categoryStyle('orange').fillColor, '#f57c00');
  assert.equal(categoryStyle('yellow').fillColor, '#fdd835');
  assert.equal(categoryStyle('safe').fillColor, '#1e6fd9');
});

test('closed is mostly outline and demolished is dashed', () => {
  assert.ok(categoryStyle('closed').fillOpacity < 0.3);
  assert.ok(categoryStyle('closed').weight >= 2);
  assert.ok(categoryStyle('demolished').dashArray);
  assert.equal(categoryStyle('red').dashArray, null);
});

test('an overdue building gets a thick red border over its colour', () => {
  const s = buildingStyle({ status: 'rectifying', grade: 'C' }, { overdue: true });
  assert.equal(s.color, OVERDUE_STROKE);
  assert.equal(s.fillColor, '#f57c00');
  assert.ok(s.weight >= 3);
});

test('the selected building stands out even when overdue', () => {
  const s = buildingStyle({ status: 'rectifying', grade: 'C' }, { overdue: true, selected: true });
  assert.equal(s.color, SELECTED_STROKE);
});

test('styles are fresh objects: changing one does not change the next', () => {
  buildingStyle({ status: 'unsurveyed' }, { selected: true });
  assert.notEqual(buildingStyle({ status: 'unsurveyed' }).color, SELECTED_STROKE);
});

test('the legend lists every colour class and the overdue border', () => {
  const ids = legendEntries().map((e) => e.id);
  assert.deepEqual(ids, ['red', 'orange', 'yellow', 'safe', 'unsurveyed', 'closed', 'demolished', 'overdue']);
  for (const e of legendEntries()) assert.match(e.labelKey, /^legend\./);
});
