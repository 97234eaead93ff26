// The user list of the admin page (#user-table): a table on wide screens, one card per user on
// phones (pages.css, from each cell's data-label). "Manage" opens the user editor.

import { el } from '../shared/dom.js';
import { t, roleLabel, onLanguageChange } from '../shared/i18n.js';
import { formatDateTime } from '../shared/format.js';
import { scopeNames, sortUsers } from '../shared/accounts.js';

const COLUMNS = ['user.username', 'user.role', 'user.scope', 'user.state', 'user.createdAt', 'user.actions'];

export class UsersTable {
  /** onManage(user): the admin chose a user to manage. */
  constructor(table, count, { onManage }) {
    this.table = table;
    this.count = count;
    this.onManage = onManage;
    this.users = null;
    this.streets = [];
    this.body = el('tbody');
    this.head = el('thead');
    table.replaceChildren(this.head, this.body);
    onLanguageChange(() => this.render());
    this.render();
  }

  set(users, streets = this.streets) {
    this.users = sortUsers(users);
    this.streets = streets;
    this.render();
  }

  /** Puts a changed or new user in the list. */
  upsert(user) {
    const others = (this.users || []).filter((u) => u.id !== user.id);
    this.set([...others, user]);
  }

  get(id) {
    return (this.users || []).find((u) => u.id === id) || null;
  }

  row(user, headers) {
    const manage = el('button', { type: 'button', class: 'button button-small user-manage', text: t('user.manage'),
      'aria-label': t('user.manageTitle', { username: user.username }), dataset: { userId: user.id } });
    manage.addEventListener('click', () => this.onManage(user));
    const scope = Array.isArray(user.scope) && user.scope.length
      ? scopeNames(user.scope, this.streets).join(t('value.listSeparator')) : t('scope.all');
    const cells = [
      el('span', { class: 'user-cell' }, el('strong', { class: 'user-cell-name', text: user.username }),
        user.demo ? el('span', { class: 'tag tag-demo', text: t('user.demo') }) : null),
      roleLabel(user.role),
      scope,
      el('span', { class: `tag ${user.disabled ? 'tag-disabled' : 'tag-active'}`, text: t(user.disabled ? 'user.disabled' : 'user.active') }),
      formatDateTime(user.createdAt),
      manage,
    ];
    return el('tr', { dataset: { userId: user.id, username: user.username, disabled: String(!!user.disabled) } },
      cells.map((c, i) => el('td', { dataset: { label: headers[i] } }, c)));
  }

  render() {
    const headers = COLUMNS.map((k) => t(k));
    this.head.replaceChildren(el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h }))));
    if (!this.users) {
      this.body.replaceChildren(el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'table-note', text: t('common.loading') })));
      this.count.textContent = '';
      return;
    }
    this.body.replaceChildren(...(this.users.length ? this.users.map((u) => this.row(u, headers))
      : [el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'table-note', text: t('user.none') }))]));
    this.count.textContent = t('user.count', { count: this.users.length });
  }
}
