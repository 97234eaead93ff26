// The signed-in user of a page behind the login: GET /api/me on start, the way to the login
// page (and back) when the session is missing or expires, and logging out.

import { getJson, sendJson, onUnauthenticated } from './request.js';
import { urls, pages } from './urls.js';
import { loginHref } from './nav.js';
import { normalizeMe } from './accounts.js';

let leaving = false;

/** Replaces this page by the login page, which comes back here after login. */
export function goToLogin() {
  if (leaving) return;
  leaving = true;
  document.body.dataset.leaving = 'login';
  location.replace(loginHref(location));
}

/** A promise that never settles: what the page waits for while the browser leaves it. */
const never = () => new Promise(() => {});

/**
 * For pages behind the login: from now on every 401 goes to the login page. Resolves to the
 * user of GET /api/me ({id, username, role, scope, masked}); when there is no session, or no
 * administrator exists yet (the login page explains that), it goes to the login page and never
 * resolves. Other failures (network, server) are thrown.
 */
export async function requireUser() {
  onUnauthenticated(goToLogin);
  try {
    return normalizeMe(await getJson(urls.me()));
  } catch (err) {
    if (err && (err.status === 401 || err.slug === 'no-admin')) {
      goToLogin();
      return never();
    }
    throw err;
  }
}

/** DELETE /api/session, then the login page. A session already gone counts as logged out. */
export async function logout() {
  onUnauthenticated(null);
  try {
    await sendJson('DELETE', urls.session());
  } catch (err) {
    if (!err || err.status !== 401) {
      onUnauthenticated(goToLogin);
      throw err;
    }
  }
  leaving = true;
  location.replace(pages.login);
}
