// The admin page: users (list, create, manage in the editor), and the recent security events.
// For anyone but an admin it shows the 403 message and nothing else.

import { byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, sendJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { showError } from '../shared/notify.js';
import { streetsOf, userFormIssues, randomPassword } from '../shared/accounts.js';
import { FormFeedback, whileBusy } from '../shared/forms.js';
import { ScopePicker, initRoleSelect } from './scope-picker.js';
import { UsersTable } from './users-table.js';
import { UserEditor } from './user-editor.js';
import { SecurityEvents } from './security-events.js';
import { registerWorker } from '../shared/offline/register.js';

let deniedError = null;

/** Shows the 403 message (the server's problem, or the generic one) instead of the page. */
function deny(err = null) {
  deniedError = err;
  const render = () => {
    byId('admin-denied-message').textContent = deniedError ? deniedError.userMessage() : t('problem.forbidden');
  };
  render();
  onLanguageChange(render);
  byId('admin-content').hidden = true;
  byId('admin-denied').hidden = false;
}

function initCreateForm(table) {
  const form = byId('user-create-form');
  const username = byId('new-username');
  const role = byId('new-role');
  const password = byId('new-password');
  const submit = byId('user-create-submit');
  initRoleSelect(role, true);
  const scope = new ScopePicker(byId('new-scope'), 'new-scope');
  const feedback = new FormFeedback(byId('user-create-message'), { username, role, scope: byId('new-scope'), password });
  role.addEventListener('change', () => scope.setRole(role.value));
  byId('new-password-generate').addEventListener('click', () => {
    password.value = randomPassword();
    password.select();
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const user = { username: username.value.trim(), role: role.value, scope: scope.value(), password: password.value };
    const issues = userFormIssues(user);
    if (issues.length) {
      feedback.invalid(issues);
      return;
    }
    await whileBusy(form, submit, async () => {
      try {
        const created = await sendJson('POST', urls.users(), user);
        table.upsert(created);
        form.reset();
        scope.setRole('');
        scope.setValue([]);
        feedback.done('user.created', { username: created.username });
      } catch (err) {
        feedback.failed(err, err.status === 409 ? 'user.usernameTaken' : null);
      }
    });
  });
  return scope;
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const me = await requireUser();
  initUserBar(me);
  if (me.role !== 'admin') {
    deny();
    document.body.dataset.ready = 'true';
    return;
  }
  byId('admin-content').hidden = false;
  let editor = null;
  const table = new UsersTable(byId('user-table'), byId('user-count'), { onManage: (u) => editor.open(table.get(u.id) || u) });
  editor = new UserEditor({ onChanged: (u) => table.upsert(u) });
  const createScope = initCreateForm(table);
  const events = new SecurityEvents();

  const [users, streets] = await Promise.allSettled([getJson(urls.users()), getJson(urls.adminUnits('street'))]);
  if (users.status === 'rejected') {
    if (users.reason && users.reason.status === 403) deny(users.reason);
    else showError(users.reason);
  }
  const streetList = streets.status === 'fulfilled' ? streetsOf(streets.value && streets.value.features) : [];
  if (streets.status === 'rejected') showError(streets.reason);
  createScope.setStreets(streetList);
  editor.setStreets(streetList);
  table.set(users.status === 'fulfilled' && Array.isArray(users.value.users) ? users.value.users : [], streetList);
  if (users.status === 'fulfilled') await events.load();
  document.body.dataset.ready = 'true';
}

registerWorker();
main().catch(showError);
