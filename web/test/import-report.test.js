import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorRows, refusalCounts, percent } from '../js/shared/import-report.js';

const refusal = {
  type: '/problems/invalid-import',
  status: 422,
  errorCount: 1502,
  features: 100000,
  errors: [
    { index: 1234, field: 'properties.basic.use', message: "must be one of [operating, mixed, other]" },
    { index: null, field: '', message: 'malformed JSON at line 9, column 3' },
    'not an object',
  ],
};

test('each listed error becomes a row with the feature index as text', () => {
  assert.deepEqual(errorRows(refusal), [
    { index: '1234', field: 'properties.basic.use', message: 'must be one of [operating, mixed, other]' },
    { index: '', field: '', message: 'malformed JSON at line 9, column 3' },
  ]);
});

test('the counts say how many errors there were beyond the ones listed', () => {
  assert.deepEqual(refusalCounts(refusal), { total: 1502, shown: 2, features: 100000 });
  assert.deepEqual(refusalCounts(null), { total: 0, shown: 0, features: 0 });
  assert.deepEqual(errorRows({ errors: 'nope' }), []);
});

test('progress is a whole percentage within 0-100', () => {
  assert.equal(percent(0.456), 45);
  assert.equal(percent(1.2), 100);
  assert.equal(percent(-1), 0);
  assert.equal(percent(undefined), 0);
});
