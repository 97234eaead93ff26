import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ROLES, mayHaveAllStreets, passwordIssue, scopeIssue, userFormIssues, streetsOf, scopeNames, tokenState, sortTokens,
  sortUsers, tokenLastDay, minTokenExpiry, normalizeMe, randomPassword, isBadOutcome,
} from '../js/shared/accounts.js';
import { t, roleLabel, setLanguage } from '../js/shared/i18n.js';

test('only district, planner and admin may have all streets', () => {
  assert.deepEqual(ROLES.filter(mayHaveAllStreets), ['district', 'planner', 'admin']);
});

test('every role has a label in both languages', () => {
  setLanguage('zh-CN');
  assert.deepEqual(ROLES.map(roleLabel), ['排查员', '街道', '区住建局', '鉴定机构', '规划/查看', '管理员']);
  setLanguage('en');
  assert.ok(ROLES.every((r) => roleLabel(r) !== r));
  setLanguage('zh-CN');
});

test('a password needs 10 characters, counted as characters, not UTF-16 units', () => {
  assert.equal(passwordIssue(''), 'password.tooShort');
  assert.equal(passwordIssue('123456789'), 'password.tooShort');
  assert.equal(passwordIssue('correcthor'), null);
  assert.equal(passwordIssue('房屋安全排查整治一张'), null);
  assert.equal(passwordIssue('😀😀😀😀😀'), 'password.tooShort'); // 10 UTF-16 units, 5 characters
  assert.equal(passwordIssue('x'.repeat(201)), 'password.tooLong');
  assert.equal(passwordIssue(null), 'password.tooShort');
});

test('a scope: all streets only for the roles allowed, else at least one 9-digit code', () => {
  assert.equal(scopeIssue('district', []), null);
  assert.equal(scopeIssue('inspector', []), 'scope.required');
  assert.equal(scopeIssue('appraiser', []), 'scope.required');
  assert.equal(scopeIssue('inspector', ['430408003']), null);
  assert.equal(scopeIssue('inspector', ['43040800']), 'scope.invalid');
  assert.equal(scopeIssue('inspector', null), 'scope.required');
  assert.equal(scopeIssue('planner', null), 'scope.choose');
});

test('a user form lists each problem against its field', () => {
  assert.deepEqual(userFormIssues({ username: ' ', role: '', scope: null, password: 'short' }), [
    { field: 'username', key: 'user.usernameRequired' },
    { field: 'role', key: 'user.roleRequired' },
    { field: 'scope', key: 'scope.required' },
    { field: 'password', key: 'password.tooShort' },
  ]);
  for (const bad of ['li ming', 'li', '_li', 'x'.repeat(65), '李明']) {
    assert.deepEqual(userFormIssues({ username: bad, role: 'inspector', scope: ['430408003'], password: 'a long enough one' }),
      [{ field: 'username', key: 'user.usernameInvalid' }], bad);
  }
  assert.deepEqual(userFormIssues({ username: 'liming', role: 'inspector', scope: ['430408003'], password: 'a long enough one' }), []);
  assert.deepEqual(userFormIssues({ role: 'admin', scope: [] }), []);
});

test('streets from admin-unit features, sorted, and their names for a scope', () => {
  const streets = streetsOf([
    { id: '430408004', properties: { code: '430408004', name: '联合街道' } },
    { id: '430406006', properties: { code: '430406006', name: '金龙坪街道' } },
    { properties: {} },
  ]);
  assert.deepEqual(streets.map((s) => s.code), ['430406006', '430408004']);
  assert.deepEqual(scopeNames(['430408004', '999999999'], streets), ['联合街道', '999999999']);
  assert.deepEqual(streetsOf(null), []);
});

test('token state: revoked, expired (the server stores the end of the last day), active', () => {
  const now = new Date('2024-06-15T04:00:00Z');
  assert.equal(tokenState({ revokedAt: '2024-06-01T00:00:00Z', expiresAt: null }, now), 'revoked');
  assert.equal(tokenState({ expiresAt: '2024-06-15T00:00:00Z' }, now), 'expired');
  assert.equal(tokenState({ expiresAt: '2024-06-16T00:00:00Z' }, now), 'active');
  assert.equal(tokenState({ expiresAt: null }, now), 'active');
  assert.equal(tokenState({ expiresAt: '2024-06-14' }, now), 'expired');
  assert.equal(tokenState({ expiresAt: '2024-06-15' }, now), 'active');
  const sorted = sortTokens([
    { id: 'r', revokedAt: '2024-01-01T00:00:00Z', createdAt: '2024-05-01T00:00:00Z' },
    { id: 'old', createdAt: '2024-01-01T00:00:00Z' },
    { id: 'new', createdAt: '2024-06-01T00:00:00Z' },
    { id: 'e', expiresAt: '2024-06-01T00:00:00Z', createdAt: '2024-05-01T00:00:00Z' },
  ], now);
  assert.deepEqual(sorted.map((x) => x.id), ['new', 'old', 'e', 'r']);
});

test('a token shows the last day it works, as chosen', () => {
  assert.equal(tokenLastDay('2025-01-01T00:00:00Z'), '2024-12-31');
  assert.equal(tokenLastDay('2024-12-31'), '2024-12-31');
  assert.equal(tokenLastDay(null), null);
  assert.equal(tokenLastDay('garbage'), null);
  assert.equal(minTokenExpiry(new Date('2024-06-14T20:00:00Z')), '2024-06-15'); // Shanghai is a day ahead
});

test('users sort by name; the /api/me answer is normalized', () => {
  assert.deepEqual(sortUsers([{ username: 'b' }, { username: 'a' }]).map((u) => u.username), ['a', 'b']);
  assert.deepEqual(normalizeMe({ id: 7, username: 'li', role: 'planner', scope: ['430408003'], masked: true }),
    { id: '7', username: 'li', role: 'planner', scope: ['430408003'], masked: true });
  assert.deepEqual(normalizeMe(null), { id: '', username: '', role: '', scope: [], masked: false });
});

test('random passwords pass the policy and differ', () => {
  const a = randomPassword();
  assert.equal(a.length, 16);
  assert.equal(passwordIssue(a), null);
  assert.match(a, /^[a-km-zA-HJ-NP-Z2-9]+$/);
  assert.notEqual(a, randomPassword());
});

test('refusals and failures stand out among security events', () => {
  assert.deepEqual(['login', 'login_failed', 'login_throttled_client', 'denied_403', 'logout', 'user_changed'].filter(isBadOutcome),
    ['login_failed', 'login_throttled_client', 'denied_403']);
  setLanguage('zh-CN');
  assert.equal(t('outcome.denied_403'), '拒绝：无权限');
});
