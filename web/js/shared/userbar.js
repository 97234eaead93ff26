// The signed-in user in the toolbar of every page (#user-bar): name and role label (a link to
// the account page), the admin link for admins, and the logout button.

import { byId } from './dom.js';
import { roleLabel, onLanguageChange } from './i18n.js';
import { logout } from './session.js';
import { showError } from './notify.js';

export function initUserBar(user) {
  const bar = byId('user-bar');
  const role = byId('user-role');
  byId('user-name').textContent = user.username;
  const renderRole = () => {
    role.textContent = roleLabel(user.role);
  };
  renderRole();
  onLanguageChange(renderRole);
  const admin = document.getElementById('admin-link'); // not on the admin page itself
  if (admin) admin.hidden = user.role !== 'admin';
  const button = byId('logout');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await logout();
    } catch (err) {
      showError(err);
      button.disabled = false;
    }
  });
  bar.hidden = false;
  document.body.dataset.role = user.role;
}
