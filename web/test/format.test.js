import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateTime, formatDate, todayIn, formatNumber, formatArea, formatText, isOverdue } from '../js/shared/format.js';

test('an instant is shown in Shanghai time whatever the machine zone', () => {
  assert.equal(formatDateTime('2022-05-23T02:10:00Z'), '2022-05-23 10:10');
  assert.equal(formatDateTime('2022-05-23T16:30:00Z'), '2022-05-24 00:30');
  assert.equal(formatDateTime('2022-05-23T02:10:00+08:00'), '2022-05-23 02:10');
});

test('another zone can be asked for', () => {
  assert.equal(formatDateTime('2022-05-23T02:10:00Z', 'UTC'), '2022-05-23 02:10');
});

test('missing or broken instants show a dash', () => {
  assert.equal(formatDateTime(null), '—');
  assert.equal(formatDateTime(''), '—');
  assert.equal(formatDateTime('not a date'), '—');
});

test('a plain date stays as written and an instant becomes its Shanghai date', () => {
  assert.equal(formatDate('2022-06-30'), '2022-06-30');
  assert.equal(formatDate('2022-06-30T17:00:00Z'), '2022-07-01');
  assert.equal(formatDate(undefined), '—');
});

test('today is the Shanghai date', () => {
  assert.equal(todayIn('Asia/Shanghai', new Date('2022-12-31T16:00:00Z')), '2023-01-01');
  assert.equal(todayIn('UTC', new Date('2022-12-31T16:00:00Z')), '2022-12-31');
});

test('numbers get separators and bounded decimals', () => {
  assert.equal(formatNumber(1234.567), '1,234.6');
  assert.equal(formatNumber(3000, 0), '3,000');
  assert.equal(formatNumber('12.5'), '12.5');
  assert.equal(formatNumber(null), '—');
  assert.equal(formatNumber('abc'), '—');
});

test('areas carry their unit', () => {
  assert.equal(formatArea(1234.56), '1,234.6 m²');
  assert.equal(formatArea(98, '平方米'), '98 平方米');
  assert.equal(formatArea(null), '—');
});

test('text is trimmed, blanks become a dash and masked values pass unchanged', () => {
  assert.equal(formatText('  李明 '), '李明');
  assert.equal(formatText('   '), '—');
  assert.equal(formatText(null), '—');
  assert.equal(formatText('138****5678'), '138****5678');
  assert.equal(formatText(42), '42');
});

test('a case is overdue after its deadline until it is finished', () => {
  const finished = ['closed', 'demolished', 'archived_safe'];
  assert.equal(isOverdue('2022-06-30', 'rectifying', '2022-07-01', finished), true);
  assert.equal(isOverdue('2022-06-30', 'rectifying', '2022-06-30', finished), false);
  assert.equal(isOverdue('2022-06-30', 'closed', '2022-07-01', finished), false);
  assert.equal(isOverdue(null, 'rectifying', '2022-07-01', finished), false);
});
