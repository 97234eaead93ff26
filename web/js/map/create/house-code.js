// The house code the create form proposes: once the outline is closed, and again whenever a
// corner moves, GET /api/house-codes/next at a point inside it gives the next free code of the
// community it lies in. The code fills the field unless the user typed one of their own; a hint
// under the field names the community (or says why nothing was proposed). hint.dataset.state is
// loading, proposed or none.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { getJson, isAbort } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { interiorPoint } from './interior-point.js';

const REASONS = { 422: 'create.codeOutside', 403: 'create.codeOutOfScope' };

export class HouseCodeProposal {
  /** input: the house code <input>; the hint is placed after it. */
  constructor(input) {
    this.input = input;
    this.hint = el('span', { id: 'create-code-hint', class: 'create-code-hint', 'aria-live': 'polite' });
    input.setAttribute('aria-describedby', this.hint.id);
    input.after(this.hint);
    this.controller = null;
    this.reset();
    input.addEventListener('input', () => {
      const value = input.value.trim();
      this.typed = value !== '' && value !== this.proposed;
    });
  }

  /** A new building: nothing typed, nothing proposed. */
  reset() {
    if (this.controller) this.controller.abort();
    this.controller = null;
    this.typed = false;
    this.proposed = null;
    this.show('none', '');
  }

  /** Asks for the code of the community that corners (an open ring of [lon, lat]) lie in. */
  async propose(corners) {
    const point = interiorPoint(corners);
    if (!point) return;
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.show('loading', t('create.codeLoading'));
    try {
      const body = await getJson(urls.nextHouseCode(point[0], point[1]), { signal: controller.signal });
      const code = body && typeof body.houseCode === 'string' ? body.houseCode : '';
      if (!code) throw new Error('no house code in the answer');
      const community = (body.community && (body.community.name || body.community.code)) || '';
      if (!this.typed) this.input.value = code;
      this.proposed = code;
      this.show('proposed', t('create.codeProposed', { community, code }));
    } catch (err) {
      if (isAbort(err)) return;
      this.show('none', t(REASONS[err && err.status] || 'create.codeUnavailable'));
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  show(state, text) {
    this.hint.dataset.state = state;
    this.hint.textContent = text;
    this.hint.hidden = !text;
  }
}
