import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionBody, formFieldOf } from '../js/map/record/action-payload.js';

const PHOTO = '0b5f7a0e-3c1d-4a8e-9f3b-2d4c6e8a0b1c';

test('a serious survey becomes its payload with photos and note', () => {
  const { body, issues } = actionBody('survey', {
    judgement: 'serious', hazardTypes: ['load_bearing_cracks', 'load_bearing_cracks'], suggestAppraisal: true,
    controlMeasures: [], note: '  墙体开裂 ', photos: [PHOTO],
  });
  assert.deepEqual(issues, []);
  assert.deepEqual(body, {
    action: 'survey',
    payload: { judgement: 'serious', hazardTypes: ['load_bearing_cracks'], suggestAppraisal: true, note: '墙体开裂', photos: [PHOTO] },
  });
});

test('hazard types are required for a hazard and left out for "no hazard"', () => {
  assert.deepEqual(actionBody('survey', { judgement: 'some', hazardTypes: [] }).issues,
    [{ field: 'payload.hazardTypes', key: 'form.required' }]);
  const none = actionBody('survey', { judgement: 'none', hazardTypes: ['deformation'], suggestAppraisal: false });
  assert.deepEqual(none.issues, []);
  assert.deepEqual(none.body.payload, { judgement: 'none' });
});

test('missing required fields are named as the server names them', () => {
  const { issues } = actionBody('appraisal', { grade: '', agency: ' ', reportNo: 'R-1', date: '2026-11-25', recommendation: 'observe' });
  assert.deepEqual(issues, [{ field: 'payload.grade', key: 'form.required' }, { field: 'payload.agency', key: 'form.required' }]);
});

test('bad values are refused before sending', () => {
  const { issues } = actionBody('demolition', { date: '25/11/2026', area: '-3', photos: [] });
  assert.deepEqual(issues, [
    { field: 'payload.date', key: 'form.invalidDate' },
    { field: 'payload.area', key: 'form.positiveNumber' },
    { field: 'payload.photos', key: 'form.photoRequired' },
  ]);
  assert.deepEqual(actionBody('recheck', { kind: 'phone', result: 'hazard' }).issues,
    [{ field: 'payload.kind', key: 'form.invalidChoice' }]);
});

test('numbers are sent as numbers and optional empty fields are left out', () => {
  const { body, issues } = actionBody('demolition', { date: '2026-11-25', area: '86.5', batch: '', photos: [PHOTO] });
  assert.deepEqual(issues, []);
  assert.deepEqual(body.payload, { date: '2026-11-25', area: 86.5, photos: [PHOTO] });
  assert.deepEqual(actionBody('demolition_order', { deadline: '', batch: '' }).body.payload, {});
  assert.deepEqual(actionBody('rectification_start', {}).body, { action: 'rectification_start', payload: {} });
});

test('too long notes and too many photos are refused', () => {
  assert.deepEqual(actionBody('close_out', { note: 'x'.repeat(501) }).issues, [{ field: 'payload.note', key: 'form.tooLong' }]);
  const photos = Array.from({ length: 21 }, () => PHOTO);
  assert.deepEqual(actionBody('close_out', { photos }).issues, [{ field: 'payload.photos', key: 'form.tooManyPhotos' }]);
});

test('server field names map to form names', () => {
  assert.equal(formFieldOf('payload.judgement'), 'judgement');
  assert.equal(formFieldOf('photos'), 'photos');
});

test('a withdrawal sends its note as the reason the server requires', () => {
  assert.deepEqual(actionBody('withdrawal', { note: '' }).issues, [{ field: 'payload.note', key: 'form.required' }]);
  const { body, issues } = actionBody('withdrawal', { note: ' 与 HS-000123 重复登记 ' });
  assert.deepEqual(issues, []);
  assert.deepEqual(body, { action: 'withdrawal', payload: {}, reason: '与 HS-000123 重复登记' });
});
