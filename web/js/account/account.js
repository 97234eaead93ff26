// The account page of the signed-in user: who they are (role, streets, masking), changing the
// password (POST /api/me/password) and their own API tokens.

import { byId } from '../shared/dom.js';
import { t, roleLabel, onLanguageChange } from '../shared/i18n.js';
import { initLanguage } from '../shared/lang.js';
import { getJson, sendJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { requireUser } from '../shared/session.js';
import { initUserBar } from '../shared/userbar.js';
import { showError } from '../shared/notify.js';
import { passwordIssue, scopeNames, streetsOf } from '../shared/accounts.js';
import { FormFeedback, whileBusy } from '../shared/forms.js';
import { TokenManager } from '../shared/tokens.js';
import { registerWorker } from '../shared/offline/register.js';

function showInfo(user, streets) {
  byId('account-username').textContent = user.username;
  byId('account-role').textContent = roleLabel(user.role);
  byId('account-scope').textContent = user.scope.length === 0 ? t('scope.all')
    : scopeNames(user.scope, streets).join(t('value.listSeparator'));
  byId('account-masked').textContent = t(user.masked ? 'account.masked' : 'account.unmasked');
}

function initPasswordForm(user, tokens) {
  const form = byId('password-form');
  const revokeTokens = byId('password-revoke-tokens');
  const current = byId('password-current');
  const fresh = byId('password-new');
  const confirm = byId('password-confirm');
  const submit = byId('password-submit');
  byId('password-username').value = user.username;
  const feedback = new FormFeedback(byId('password-message'),
    { currentPassword: current, newPassword: fresh, confirm });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const issues = [];
    if (!current.value) issues.push({ field: 'currentPassword', key: 'password.currentRequired' });
    const weak = passwordIssue(fresh.value);
    if (weak) issues.push({ field: 'newPassword', key: weak });
    else if (fresh.value !== confirm.value) issues.push({ field: 'confirm', key: 'password.mismatch' });
    if (issues.length) {
      feedback.invalid(issues);
      return;
    }
    await whileBusy(form, submit, async () => {
      try {
        await sendJson('POST', urls.myPassword(),
          { currentPassword: current.value, newPassword: fresh.value, keepTokens: !revokeTokens.checked });
        const revoked = revokeTokens.checked;
        form.reset();
        if (revoked) tokens.load();
        byId('password-username').value = user.username;
        feedback.done('password.changed');
      } catch (err) {
        feedback.failed(err, err.fieldErrors && err.fieldErrors.currentPassword ? 'password.currentWrong' : null);
      }
    });
  });
}

async function main() {
  initLanguage(byId('lang-toggle'));
  const user = await requireUser();
  initUserBar(user);
  let streets = [];
  showInfo(user, streets);
  onLanguageChange(() => showInfo(user, streets));
  const tokens = new TokenManager(byId('tokens'), 'token');
  initPasswordForm(user, tokens);
  const loaded = tokens.show({ list: urls.myTokens(), create: urls.myTokens(), revoke: urls.myToken });
  if (user.scope.length) {
    // Street names for the scope; the codes stay readable when the list cannot be had.
    getJson(urls.adminUnits('street')).then((fc) => {
      streets = streetsOf(fc && fc.features);
      showInfo(user, streets);
    }).catch(showError);
  }
  await loaded;
  document.body.dataset.ready = 'true';
}

registerWorker();
main().catch(showError);
