// 我的任务 on the map page: the button with the number of buildings waiting, and the panel of
// groups (tasks.js) with their counts, each building a button that opens it on the map.

import { el, byId } from '../../shared/dom.js';
import { t, statusLabel, onLanguageChange } from '../../shared/i18n.js';
import { formatDate, todayIn } from '../../shared/format.js';
import { showError } from '../../shared/notify.js';
import { groupsFor, groupTasks, taskTotal } from './tasks.js';
import { loadTaskFeatures } from './task-source.js';

/** Buildings listed per group; the rest are counted (the list is sorted by deadline). */
const SHOWN_PER_GROUP = 100;

function itemButton(task, onOpen) {
  return el('li', {},
    el('button', { type: 'button', class: 'search-result task-item', dataset: { id: task.id, deadline: task.deadline || '' }, onclick: () => onOpen(task) },
      el('span', { class: 'task-code', text: task.houseCode || '—' }),
      el('span', { class: 'task-address', text: task.address }),
      el('span', { class: 'task-meta' },
        el('span', { text: statusLabel(task.status) }),
        task.deadline ? el('span', { text: t('tasks.deadline', { date: formatDate(task.deadline) }) }) : null,
        task.overdue ? el('span', { class: 'overdue-tag', text: t('panel.overdue') }) : null)));
}

function groupSection(group, onOpen) {
  const shown = group.items.slice(0, SHOWN_PER_GROUP);
  const rest = group.count - shown.length;
  return el('details', { class: 'task-group', open: group.count > 0, dataset: { group: group.id, count: String(group.count) } },
    el('summary', { class: 'task-group-summary' },
      el('span', { class: 'task-group-label', text: t(`tasks.group.${group.id}`) }),
      el('span', { class: 'task-count', text: String(group.count) })),
    group.count === 0 ? el('p', { class: 'panel-muted', text: t('tasks.none') }) : null,
    shown.length ? el('ol', { class: 'task-list' }, shown.map((task) => itemButton(task, onOpen))) : null,
    rest > 0 ? el('p', { class: 'panel-muted', text: t('tasks.more', { count: rest }) }) : null);
}

export class TaskList {
  /** role: the user's; onOpen(feature): show that building on the map. */
  constructor(role, onOpen) {
    this.role = role;
    this.root = byId('tasks-panel');
    this.body = byId('tasks-body');
    this.button = byId('tasks-button');
    this.badge = byId('tasks-badge');
    this.onOpen = (task) => {
      this.close();
      onOpen(task.feature);
    };
    this.features = null;
    this.capped = false;
    this.error = null;
    if (groupsFor(role).length === 0) return;
    this.button.hidden = false;
    this.button.addEventListener('click', () => (this.root.hidden ? this.open() : this.close()));
    byId('tasks-close').addEventListener('click', () => this.close());
    onLanguageChange(() => this.render());
    this.refresh();
  }

  open() {
    this.root.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.render();
    this.refresh();
  }

  close() {
    this.root.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  async refresh() {
    this.root.dataset.state = 'loading';
    try {
      const { features, capped } = await loadTaskFeatures(this.role);
      this.features = features;
      this.capped = capped;
      this.error = null;
    } catch (err) {
      this.error = err;
      showError(err);
    }
    this.render();
  }

  /** A building changed here (an action): regroup with its new status and deadline, no request. */
  update(feature) {
    if (!this.features || !feature || feature.id == null) return;
    this.features = this.features.filter((f) => String(f.id) !== String(feature.id)).concat(feature);
    this.render();
  }

  render() {
    if (!this.features) {
      this.body.replaceChildren(el('p', { class: this.error ? 'panel-error' : 'panel-loading',
        text: this.error ? this.error.userMessage() : t('panel.loading') }));
      return;
    }
    const groups = groupTasks(this.features, this.role, todayIn());
    const total = taskTotal(groups);
    this.badge.textContent = String(total);
    this.badge.hidden = false;
    this.button.dataset.total = String(total);
    const sections = groups.map((g) => groupSection(g, this.onOpen));
    if (this.capped) sections.unshift(el('p', { class: 'panel-muted', text: t('tasks.capped') }));
    this.body.replaceChildren(...sections);
    this.root.dataset.state = 'loaded';
  }
}
