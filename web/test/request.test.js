import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getJson, isAbort, ProblemError, NetworkError, NotFoundError, ValidationError, ConflictError, ServerError,
  InvalidResponseError,
} from '../js/request.js';
import { setLanguage } from '../js/i18n.js';

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
