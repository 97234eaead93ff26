import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getJson, isAbort, ProblemError, NetworkError, NotFoundError, ValidationError, ConflictError, ServerError,
  InvalidResponseError,
} from '../js/shared/request.js';
import { setLanguage } from '../js/shared/i18n.js';

function respond(status, body, type = 'application/problem+json') {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status, headers: { 'content-type': type },
  });
}

test('a JSON answer is returned parsed', async () => {
  const data = await getJson('/api/x', { fetch: respond(200, { a: 1 }, 'application/json') });
  assert.deepEqual(data, { a: 1 });
});

test('a 404 problem becomes a NotFoundError with a message in the current language', async () => {
  const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no building 1234' };
  setLanguage('zh-CN');
  const err = await getJson('/api/b/1', { fetch: respond(404, problem) }).catch((e) => e);
  assert.ok(err instanceof NotFoundError);
  assert.ok(err instanceof ProblemError);
  assert.equal(err.status, 404);
  assert.equal(err.userMessage(), '未找到请求的内容');
  assert.equal(err.detail, 'no building 1234');
  setLanguage('en');
  assert.equal(err.userMessage(), 'Not found');
  setLanguage('zh-CN');
});

test('validation problems list their field errors in the detail', async () => {
  const problem = { title: 'Invalid', status: 422, detail: 'footprint invalid', errors: [{ field: 'geometry', message: 'self-intersection at 112.5 26.8' }] };
  const err = await getJson('/api/b', { fetch: respond(422, problem) }).catch((e) => e);
  assert.ok(err instanceof ValidationError);
  assert.equal(err.detail, 'footprint invalid; geometry: self-intersection at 112.5 26.8');
});

test('conflicts and server errors have their own types', async () => {
  assert.ok(await getJson('/x', { fetch: respond(409, { status: 409 }) }).catch((e) => e) instanceof ConflictError);
  assert.ok(await getJson('/x', { fetch: respond(412, { status: 412 }) }).catch((e) => e) instanceof ConflictError);
  const err = await getJson('/x', { fetch: respond(503, '<html>down</html>', 'text/html') }).catch((e) => e);
  assert.ok(err instanceof ServerError);
  assert.equal(err.problem, null);
  assert.equal(err.userMessage(), '服务器出错，请稍后再试');
});

test('an unknown status falls back to the problem title, then detail', async () => {
  const err = await getJson('/x', { fetch: respond(418, { title: 'I am a teapot', detail: 'short and stout' }) }).catch((e) => e);
  assert.equal(err.userMessage(), 'I am a teapot');
  const bare = await getJson('/x', { fetch: respond(418, '', 'text/plain') }).catch((e) => e);
  assert.equal(bare.userMessage(), '请求失败（418）');
});

test('a failed fetch is a NetworkError', async () => {
  const err = await getJson('/x', { fetch: async () => { throw new TypeError('Failed to fetch'); } }).catch((e) => e);
  assert.ok(err instanceof NetworkError);
  assert.equal(err.userMessage(), '无法连接服务器，请检查网络后重试');
  assert.equal(isAbort(err), false);
});

test('a 200 that is not JSON is reported as unreadable', async () => {
  const err = await getJson('/x', { fetch: respond(200, '<html>', 'text/html') }).catch((e) => e);
  assert.ok(err instanceof InvalidResponseError);
  assert.equal(err.userMessage(), '服务器返回了无法识别的数据');
});

test('an aborted request rejects with the abort error itself', async () => {
  const controller = new AbortController();
  controller.abort();
  const fakeFetch = async (url, { signal }) => {
    signal.throwIfAborted();
    return new Response('{}');
  };
  const err = await getJson('/x', { signal: controller.signal, fetch: fakeFetch }).catch((e) => e);
  assert.equal(isAbort(err), true);
  assert.ok(!(err instanceof ProblemError));
});

test('a known problem type is translated more precisely than its status', async () => {
  const problem = { type: '/problems/outside-service-area', title: 'Footprint outside every street', status: 422,
    detail: 'geometry: the footprint lies in no street of this service', errors: [] };
  const err = await getJson('/x', { fetch: respond(422, problem) }).catch((e) => e);
  assert.ok(err instanceof ValidationError);
  assert.equal(err.type, '/problems/outside-service-area');
  assert.equal(err.userMessage(), '房屋轮廓不在任何街道范围内');
  assert.equal(err.detail, 'geometry: the footprint lies in no street of this service');
});

test('an unknown problem type falls back to the status message', async () => {
  const err = await getJson('/x', { fetch: respond(400, { type: '/problems/something-new', title: 'New', status: 400 }) }).catch((e) => e);
  assert.equal(err.userMessage(), '请求参数有误');
});

import { sendJson, onUnauthenticated, retryAfterSeconds, AccessError } from '../js/shared/request.js';

function recorder(status, body, headers = {}) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    return new Response(body == null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  };
  return { calls, fetchImpl };
}

test('a write sends JSON with its content type and the session cookie', async () => {
  const { calls, fetchImpl } = recorder(201, { id: 'u1' });
  const out = await sendJson('POST', '/api/users', { username: 'li' }, { fetch: fetchImpl });
  assert.deepEqual(out, { id: 'u1' });
  assert.equal(calls[0].init.method, 'POST');
  assert.equal(calls[0].init.credentials, 'same-origin');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
  assert.equal(calls[0].init.body, '{"username":"li"}');
});

test('a 204 answers null, and a write without body sends none', async () => {
  const { calls, fetchImpl } = recorder(204, null);
  assert.equal(await sendJson('DELETE', '/api/session', undefined, { fetch: fetchImpl }), null);
  assert.equal(calls[0].init.body, undefined);
  assert.equal(calls[0].init.headers['Content-Type'], undefined);
});

test('reads carry the session cookie too', async () => {
  const { calls, fetchImpl } = recorder(200, {});
  await getJson('/api/me', { fetch: fetchImpl });
  assert.equal(calls[0].init.credentials, 'same-origin');
});

test('every 401 goes to the handler, which marks the error handled', async () => {
  const seen = [];
  onUnauthenticated((err) => seen.push(err.status));
  const { fetchImpl } = recorder(401, { type: '/problems/unauthenticated', status: 401 });
  const err = await getJson('/api/buildings', { fetch: fetchImpl }).catch((e) => e);
  const err2 = await sendJson('PATCH', '/api/users/1', {}, { fetch: fetchImpl }).catch((e) => e);
  onUnauthenticated(null);
  assert.deepEqual(seen, [401, 401]);
  assert.ok(err instanceof AccessError);
  assert.equal(err.handled, true);
  assert.equal(err2.handled, true);
  const err3 = await getJson('/x', { fetch: fetchImpl }).catch((e) => e);
  assert.equal(err3.handled, undefined);
  assert.equal(err3.userMessage(), '尚未登录或登录已过期，请重新登录');
});

test('403 shows the problem message and is not sent to the login page', async () => {
  let called = false;
  onUnauthenticated(() => { called = true; });
  const { fetchImpl } = recorder(403, { type: '/problems/forbidden', status: 403, title: 'Forbidden' });
  const err = await getJson('/api/users', { fetch: fetchImpl }).catch((e) => e);
  onUnauthenticated(null);
  assert.equal(called, false);
  assert.equal(err.userMessage(), '没有权限执行此操作');
});

test('too many attempts says how long to wait, from Retry-After or the problem', async () => {
  setLanguage('zh-CN');
  const { fetchImpl } = recorder(429, { type: '/problems/too-many-attempts', status: 429 }, { 'retry-after': '42' });
  const err = await sendJson('POST', '/api/session', {}, { fetch: fetchImpl }).catch((e) => e);
  assert.equal(err.retryAfter, 42);
  assert.equal(err.userMessage(), '尝试次数过多，请在 42 秒后重试');
  setLanguage('en');
  assert.equal(err.userMessage(), 'Too many attempts. Try again in 42 s');
  setLanguage('zh-CN');
  const member = recorder(429, { type: '/problems/too-many-attempts', status: 429, retryAfter: 7 });
  assert.equal((await sendJson('POST', '/x', {}, { fetch: member.fetchImpl }).catch((e) => e)).retryAfter, 7);
  const none = recorder(429, { type: '/problems/too-many-attempts', status: 429 });
  const e3 = await sendJson('POST', '/x', {}, { fetch: none.fetchImpl }).catch((e) => e);
  assert.equal(e3.retryAfter, null);
  assert.equal(e3.userMessage(), '尝试次数过多，请稍后重试');
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  assert.equal(retryAfterSeconds('120'), 120);
  assert.equal(retryAfterSeconds(null), null);
  assert.equal(retryAfterSeconds('soon'), null);
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  assert.equal(retryAfterSeconds('Wed, 21 Oct 2015 07:29:30 GMT', now), 90);
  assert.equal(retryAfterSeconds('Wed, 21 Oct 2015 07:00:00 GMT', now), 0);
});

test('the account problem types have their own messages', async () => {
  setLanguage('zh-CN');
  const cases = {
    'login-failed': '用户名或密码错误',
    'no-admin': '系统尚无管理员：请由运维人员在服务器上用命令行创建第一个管理员账户后再登录',
    csrf: '请求来源校验未通过，请刷新页面后重试',
    'weak-password': '密码不符合要求：至少 10 个字符，且不能是常见密码',
  };
  for (const [slug, text] of Object.entries(cases)) {
    const { fetchImpl } = recorder(400, { type: `/problems/${slug}`, status: 400 });
    assert.equal((await getJson('/x', { fetch: fetchImpl }).catch((e) => e)).userMessage(), text, slug);
  }
});

test('field errors of a 422 are read by field', async () => {
  const { fetchImpl } = recorder(422, { type: '/problems/weak-password', status: 422,
    errors: [{ field: 'newPassword', message: 'is a commonly used password; choose another' }] });
  const err = await sendJson('POST', '/api/me/password', {}, { fetch: fetchImpl }).catch((e) => e);
  assert.deepEqual(err.fieldErrors, { newPassword: 'is a commonly used password; choose another' });
  assert.equal(err.slug, 'weak-password');
});

test('a 2xx write whose body is not JSON is reported as unreadable', async () => {
  const fetchImpl = async () => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } });
  const err = await sendJson('POST', '/x', {}, { fetch: fetchImpl }).catch((e) => e);
  assert.ok(err instanceof InvalidResponseError);
});

test('exchange returns the ETag, the replay flag and the parsed body', async () => {
  const { exchange } = await import('../js/shared/request.js');
  let seen = null;
  const fakeFetch = async (url, init) => {
    seen = init;
    return new Response('{"id":"b1"}', { status: 200, headers: { 'content-type': 'application/geo+json', etag: '"7"', 'idempotent-replayed': 'true' } });
  };
  const res = await exchange('PATCH', '/api/buildings/b1', { properties: {} }, {
    fetch: fakeFetch, contentType: 'application/merge-patch+json', headers: { 'If-Match': '"6"' },
  });
  assert.deepEqual(res, { status: 200, etag: '"7"', replayed: true, data: { id: 'b1' } });
  assert.equal(seen.headers['Content-Type'], 'application/merge-patch+json');
  assert.equal(seen.headers['If-Match'], '"6"');
});
