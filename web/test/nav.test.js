import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeNext, loginHref } from '../js/shared/nav.js';

test('a path of this site is kept with its query and hash', () => {
  assert.equal(safeNext('/'), '/');
  assert.equal(safeNext('/#map=17/26.88950/112.55900'), '/#map=17/26.88950/112.55900');
  assert.equal(safeNext('/admin.html'), '/admin.html');
  assert.equal(safeNext('/account.html?tab=tokens#x'), '/account.html?tab=tokens#x');
});

test('anything that could leave the site goes to the map instead', () => {
  for (const bad of [null, undefined, '', 'admin.html', 'https://evil.example/', '//evil.example/x', '///evil.example',
    '/\\evil.example', '/\\/evil.example', '\\\\evil.example', '/\t/evil.example', '/\n/evil.example', 'javascript:alert(1)',
    ' /admin.html', 'http:/evil.example', 42, ['/admin.html']]) {
    assert.equal(safeNext(bad), '/', JSON.stringify(bad));
  }
});

test('the login page is never where login leads', () => {
  assert.equal(safeNext('/login.html'), '/');
  assert.equal(safeNext('/login.html?next=/admin.html'), '/');
});

test('dot segments are resolved and cannot climb out', () => {
  assert.equal(safeNext('/../admin.html'), '/admin.html');
  assert.equal(safeNext('/a/../../b'), '/b');
});

test('the login link comes back to where the user was', () => {
  assert.equal(loginHref({ pathname: '/', search: '', hash: '#map=17/26.8/112.5' }), '/login.html?next=%2F%23map%3D17%2F26.8%2F112.5');
  assert.equal(loginHref({ pathname: '/admin.html', search: '', hash: '' }), '/login.html?next=%2Fadmin.html');
  assert.equal(loginHref({ pathname: '/', search: '', hash: '' }), '/login.html');
  assert.equal(loginHref({ pathname: '/login.html', search: '?next=%2Fx', hash: '' }), '/login.html');
});

test('what loginHref writes, safeNext reads back', () => {
  const where = { pathname: '/account.html', search: '?a=1&b=2', hash: '#tokens' };
  const next = new URL(loginHref(where), 'http://h.invalid').searchParams.get('next');
  assert.equal(safeNext(next), '/account.html?a=1&b=2#tokens');
});
