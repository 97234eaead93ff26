import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basicPatch, basicValues, newBuildingFeature } from '../js/map/record/edit-patch.js';

const basic = { houseCode: 'HX-1', address: '华兴路1号', floorsAbove: 3, use: 'other', structure: 'brick_concrete', ownerName: '张三' };

test('only changed fields are sent; emptied fields are removed with null', () => {
  const values = { ...basicValues(basic), address: '华兴路2号', floorsAbove: '4', ownerName: '' };
  assert.deepEqual(basicPatch(basic, values), {
    patch: { properties: { basic: { address: '华兴路2号', floorsAbove: 4, ownerName: null } } }, issues: [],
  });
});

test('nothing changed means no patch; form strings compare equal to API values', () => {
  assert.deepEqual(basicPatch(basic, basicValues(basic)), { patch: null, issues: [] });
  assert.deepEqual(basicPatch(basicValues(basic), basicValues(basic)), { patch: null, issues: [] });
});

test('a required address and whole floors are checked', () => {
  const { issues } = basicPatch(basic, { ...basicValues(basic), address: ' ', floorsAbove: '2.5' });
  assert.deepEqual(issues, [
    { field: 'properties.basic.address', key: 'form.required' },
    { field: 'properties.basic.floorsAbove', key: 'form.wholeNumber' },
  ]);
});

test('a new building is a Feature with the client id and the entered basic fields', () => {
  const geometry = { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] };
  const { feature, issues } = newBuildingFeature('id-1', geometry, { houseCode: ' HX-9 ', address: '华兴路9号', floorsAbove: '2', use: 'mixed', structure: '' });
  assert.deepEqual(issues, []);
  assert.deepEqual(feature, { type: 'Feature', id: 'id-1', geometry, properties: { basic: { houseCode: 'HX-9', address: '华兴路9号', floorsAbove: 2, use: 'mixed' } } });
  assert.deepEqual(newBuildingFeature('id-1', geometry, { houseCode: '', address: '', use: '' }).issues.map((i) => i.field),
    ['properties.basic.houseCode', 'properties.basic.address', 'properties.basic.use']);
});
