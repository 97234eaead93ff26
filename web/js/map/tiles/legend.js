// The legend (#legend): one swatch per colour class of style.js, labels through i18n. Open on
// wide screens, folded on phones.

import { el, byId, swatch } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';
import { legendEntries } from './style.js';

export function initLegend() {
  const root = byId('legend');
  const list = byId('legend-list');
  root.open = window.matchMedia('(min-width: 768px)').matches;
  const render = () => {
    list.replaceChildren(...legendEntries().map((e) =>
      el('li', {
        class: 'legend-item', dataset: { category: e.id }, title: e.id === 'overdue' ? t('overdue.definition') : null,
      }, swatch(e.style), el('span', { text: t(e.labelKey) }))));
  };
  render();
  onLanguageChange(render);
}
