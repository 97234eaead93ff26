// The login page: POST /api/session, then back to the page that sent the user here (?next=, a
// path of this site only) or the map. Shows the problem in the user's language; after too many
// attempts it counts the Retry-After seconds down with the button disabled.

import { byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, sendJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { safeNext } from '../shared/nav.js';
import { normalizeMe } from '../shared/accounts.js';
import { registerWorker } from '../shared/offline/register.js';

const next = safeNext(new URLSearchParams(location.search).get('next'));

const form = byId('login-form');
const username = byId('login-username');
const password = byId('login-password');
const submit = byId('login-submit');
const errorBox = byId('login-error');

let shown = null; // {err} or {key}: what #login-error says, redrawn on language change
let busy = false;
let waitUntil = 0;
let timer = null;

function render() {
  const text = !shown ? '' : shown.err ? shown.err.userMessage() : t(shown.key);
  errorBox.textContent = text;
  errorBox.hidden = !text;
  submit.textContent = t(busy ? 'login.submitting' : 'login.submit');
  submit.disabled = busy || Date.now() < waitUntil;
}

function show(state) {
  shown = state;
  render();
}

/** 429: the message says how long to wait, counting down; the button waits as long. */
function countDown(err) {
  clearInterval(timer);
  waitUntil = Date.now() + err.retryAfter * 1000;
  const tick = () => {
    const left = Math.ceil((waitUntil - Date.now()) / 1000);
    if (left > 0) {
      err.retryAfter = left;
      render();
      return;
    }
    clearInterval(timer);
    waitUntil = 0;
    show(null);
  };
  timer = setInterval(tick, 1000);
  tick();
}

async function login(event) {
  event.preventDefault();
  if (busy || Date.now() < waitUntil) return;
  const name = username.value.trim();
  if (!name || !password.value) {
    show({ key: 'login.required' });
    (name ? password : username).focus();
    return;
  }
  busy = true;
  show(null);
  try {
    await sendJson('POST', urls.session(), { username: name, password: password.value });
    location.replace(next);
    return;
  } catch (err) {
    busy = false;
    show({ err });
    if (err.status === 429 && err.retryAfter > 0) countDown(err);
    if (err.status === 401) {
      password.value = '';
      password.focus();
    }
  }
  render();
}

/** Says who is signed in already, or why nobody can sign in yet (no administrator). */
async function checkSession() {
  try {
    const me = normalizeMe(await getJson(urls.me()));
    byId('login-signed-in-text').textContent = t('login.signedInAs', { username: me.username });
    onLanguageChange(() => {
      byId('login-signed-in-text').textContent = t('login.signedInAs', { username: me.username });
    });
    byId('login-continue').setAttribute('href', next);
    byId('login-signed-in').hidden = false;
  } catch (err) {
    if (err && err.slug === 'no-admin') show({ err });
  }
}

initLanguage(byId('lang-toggle'));
registerWorker();
onLanguageChange(render);
form.addEventListener('submit', login);
username.focus();
checkSession().finally(() => {
  document.body.dataset.ready = 'true';
});
