// The user editor of the admin page (<dialog id="user-editor">): role and street scope, disable
// or enable, reset the password, and the user's API tokens. Every change is a PATCH
// /api/users/{id}; onChanged(user) gets the server's answer.

import { byId } from '../shared/dom.js';
import { t, onLanguageChange } from '../shared/i18n.js';
import { sendJson } from '../shared/request.js';
import { urls } from '../shared/urls.js';
import { userFormIssues, passwordIssue, randomPassword } from '../shared/accounts.js';
import { FormFeedback, whileBusy } from '../shared/forms.js';
import { ScopePicker, initRoleSelect } from './scope-picker.js';
import { TokenManager } from '../shared/tokens.js';

export class UserEditor {
  constructor({ onChanged }) {
    this.onChanged = onChanged;
    this.user = null;
    this.dialog = byId('user-editor');
    this.role = byId('edit-role');
    initRoleSelect(this.role, false);
    this.scope = new ScopePicker(byId('edit-scope'), 'edit-scope');
    this.editFeedback = new FormFeedback(byId('user-edit-message'), { role: this.role, scope: byId('edit-scope') });
    this.stateFeedback = new FormFeedback(byId('user-state-message'));
    this.password = byId('reset-password');
    this.passwordFeedback = new FormFeedback(byId('user-password-message'), { password: this.password });
    this.tokens = new TokenManager(byId('user-tokens'), 'user-token');

    this.role.addEventListener('change', () => this.scope.setRole(this.role.value));
    byId('user-edit-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.saveRoleAndScope();
    });
    byId('user-toggle-disabled').addEventListener('click', () => this.toggleDisabled());
    byId('user-password-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.resetPassword();
    });
    byId('reset-password-generate').addEventListener('click', () => {
      this.password.value = randomPassword();
      this.password.select();
    });
    byId('user-editor-close').addEventListener('click', () => this.dialog.close());
    // Closing (button or Escape) forgets a token secret still on screen.
    this.dialog.addEventListener('close', () => {
      this.tokens.clear();
      this.user = null;
    });
    onLanguageChange(() => this.renderState());
  }

  setStreets(streets) {
    this.scope.setStreets(streets);
  }

  open(user) {
    this.user = user;
    for (const f of [this.editFeedback, this.stateFeedback, this.passwordFeedback]) f.clear();
    byId('user-password-form').reset();
    this.role.value = user.role;
    this.scope.setRole(user.role);
    this.scope.setValue(user.scope);
    this.renderState();
    this.tokens.show({ list: urls.userTokens(user.id), create: urls.userTokens(user.id), revoke: (id) => urls.userToken(user.id, id) });
    if (!this.dialog.open) this.dialog.showModal();
    this.dialog.dataset.userId = user.id;
  }

  renderState() {
    const u = this.user;
    if (!u) return;
    byId('user-editor-title').textContent = t('user.editorTitle', { username: u.username });
    const state = byId('user-state');
    state.textContent = t(u.disabled ? 'user.disabled' : 'user.active');
    state.className = `tag ${u.disabled ? 'tag-disabled' : 'tag-active'}`;
    byId('user-toggle-disabled').textContent = t(u.disabled ? 'user.enable' : 'user.disable');
    byId('user-toggle-disabled').classList.toggle('button-danger', !u.disabled);
  }

  changed(user) {
    this.user = user;
    this.renderState();
    this.onChanged(user);
  }

  async patch(body) {
    return sendJson('PATCH', urls.user(this.user.id), body);
  }

  async saveRoleAndScope() {
    const form = { role: this.role.value, scope: this.scope.value() };
    const issues = userFormIssues(form);
    if (issues.length) {
      this.editFeedback.invalid(issues);
      return;
    }
    await whileBusy(byId('user-edit-form'), byId('user-edit-save'), async () => {
      try {
        this.changed(await this.patch(form));
        this.editFeedback.done('user.saved', { username: this.user.username });
      } catch (err) {
        this.editFeedback.failed(err);
      }
    });
  }

  async toggleDisabled() {
    const u = this.user;
    const disabled = !u.disabled;
    if (disabled && !window.confirm(t('user.disableConfirm', { username: u.username }))) return;
    const button = byId('user-toggle-disabled');
    button.disabled = true;
    try {
      this.changed(await this.patch({ disabled }));
      this.stateFeedback.done(disabled ? 'user.disabledDone' : 'user.enabledDone', { username: u.username });
    } catch (err) {
      this.stateFeedback.failed(err);
    } finally {
      button.disabled = false;
    }
  }

  async resetPassword() {
    const key = passwordIssue(this.password.value);
    if (key) {
      this.passwordFeedback.invalid([{ field: 'password', key }]);
      return;
    }
    await whileBusy(byId('user-password-form'), byId('user-password-save'), async () => {
      try {
        this.changed(await this.patch({ password: this.password.value }));
        this.password.value = '';
        this.passwordFeedback.done('user.passwordReset', { username: this.user.username });
      } catch (err) {
        this.passwordFeedback.failed(err);
      }
    });
  }
}
