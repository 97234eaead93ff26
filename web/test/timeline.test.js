import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonText } from '../js/map/record/timeline.js';

test('a reason the server records itself is shown in words, a typed one as typed', () => {
  assert.equal(reasonText('serious finding'), '排查发现严重隐患，当即管控');
  assert.equal(reasonText('住户已搬离'), '住户已搬离');
  assert.equal(reasonText('constructor'), 'constructor');
});
