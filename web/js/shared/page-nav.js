// The links between the app's pages (map, ledger, statistics, report, export), shown in each
// page's toolbar (<nav id="page-nav">). Which links a user sees depends on the role of
// GET /api/me; the ledger is for street offices, the district and admins.

import { el } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { pages } from './urls.js';

const LEDGER_ROLES = ['street_office', 'district', 'admin'];

const LINKS = [
  { page: 'map', href: pages.map, label: 'pageNav.map' },
  { page: 'ledger', href: pages.ledger, label: 'pageNav.ledger', roles: LEDGER_ROLES },
  { page: 'stats', href: pages.stats, label: 'pageNav.stats' },
  { page: 'report', href: pages.report, label: 'pageNav.report' },
  { page: 'export', href: pages.export, label: 'pageNav.export' },
];

/** True when a user of this role may open the ledger page (and call GET /api/ledger). */
export function mayUseLedger(role) {
  return LEDGER_ROLES.includes(role);
}

/** The links a user of this role sees, in order: [{page, href, label}] (pure, for tests). */
export function pageLinks(role) {
  return LINKS.filter((link) => !link.roles || link.roles.includes(role))
    .map(({ page, href, label }) => ({ page, href, label }));
}

/** The key of the page a path names ('/' → 'map', '/ledger.html' → 'ledger'), or ''. */
export function pageKey(pathOrKey) {
  const value = String(pathOrKey || '');
  const link = LINKS.find((l) => l.page === value || l.href === value);
  return link ? link.page : '';
}

/**
 * Fills element (a <nav>) with the links for me.role; current (a key such as 'ledger', or a
 * path such as '/ledger.html') is marked aria-current="page". Labels follow the language.
 */
export function renderPageNav(element, me, current) {
  const here = pageKey(current);
  const render = () => {
    const items = pageLinks(me && me.role).map((link) => el('li', {},
      el('a', {
        class: link.page === here ? 'page-nav-link is-current' : 'page-nav-link',
        href: link.href,
        'aria-current': link.page === here ? 'page' : null,
        dataset: { page: link.page },
        text: t(link.label),
      })));
    element.replaceChildren(el('ul', { class: 'page-nav-list' }, items));
    element.setAttribute('aria-label', t('pageNav.label'));
    element.classList.add('page-nav');
    element.hidden = false;
  };
  render();
  onLanguageChange(render);
}
