// The form of a new building (#create-panel), after its footprint is drawn: house code (the
// next free one of its community proposed, house-code.js), address and use (required) and a
// few basic fields; POST /api/buildings through the outbox, with a client UUID as the Feature
// id: queued offline, it keeps that id and replays idempotently.

import { el, byId } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';
import { urls } from '../../shared/urls.js';
import { FormFeedback, whileBusy } from '../../shared/forms.js';
import { CREATE_FIELDS, newBuildingFeature } from '../record/edit-patch.js';
import { fieldControl } from '../record/form-fields.js';
import { submitThrough } from '../outbox/start.js';
import { showInfo } from '../../shared/notify.js';
import { newUuid } from '../uuid.js';
import { formatArea } from '../../shared/format.js';
import { approximateArea } from '../../shared/map/footprint.js';
import { HouseCodeProposal } from './house-code.js';

export class CreateForm {
  /** onCreated(feature, etag); onRedraw(): draw again; onCancel(); outbox: where the POST goes. */
  constructor({ onCreated, onRedraw, onCancel, outbox }) {
    this.outbox = outbox;
    this.root = byId('create-panel');
    this.body = byId('create-body');
    this.onCreated = onCreated;
    this.onRedraw = onRedraw;
    this.onCancel = onCancel;
    this.controls = {};
    const fields = {};
    for (const f of CREATE_FIELDS) {
      const c = fieldControl(f, { id: `create-${f.name}`, labelKey: `field.basic.${f.name}`, codeKey: (v) => `code.${f.name}.${v}` });
      this.controls[f.name] = c;
      fields[`properties.basic.${f.name}`] = c.control;
    }
    this.code = new HouseCodeProposal(this.controls.houseCode.control);
    this.summary = el('p', { class: 'create-summary' });
    const message = el('div', { class: 'form-message', hidden: true });
    this.feedback = new FormFeedback(message, fields);
    this.submit = el('button', { type: 'submit', id: 'create-submit', class: 'button button-primary', 'data-i18n': 'create.submit', text: t('create.submit') });
    this.form = el('form', { id: 'create-form', class: 'action-form', novalidate: true },
      this.summary, Object.values(this.controls).map((c) => c.node), message,
      el('div', { class: 'form-buttons' }, this.submit,
        el('button', { type: 'button', class: 'button', 'data-i18n': 'create.redraw', text: t('create.redraw'), onclick: () => this.onRedraw() }),
        el('button', { type: 'button', class: 'button', 'data-i18n': 'action.cancel', text: t('action.cancel'), onclick: () => this.onCancel() })));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      whileBusy(this.form, this.submit, () => this.send());
    });
    this.body.replaceChildren(this.form);
    byId('create-close').addEventListener('click', () => this.onCancel());
    this.getGeometry = () => null;
  }

  /** Opens the form for a new building; getGeometry() gives its footprint (corners may still move). */
  open(getGeometry, corners) {
    if (this.root.hidden) {
      this.id = newUuid();
      this.form.reset();
      this.feedback.clear();
      this.code.reset();
    }
    this.getGeometry = getGeometry;
    this.root.hidden = false;
    this.footprintChanged(corners);
    this.controls.houseCode.control.focus({ preventScroll: true });
  }

  /** The outline was closed or a corner moved: new summary, and the code of its community. */
  footprintChanged(corners) {
    this.summary.textContent = t('create.footprint', { count: corners.length, area: formatArea(approximateArea(corners), t('unit.m2')) });
    this.code.propose(corners);
  }

  close() {
    this.root.hidden = true;
  }

  async send() {
    const values = Object.fromEntries(Object.entries(this.controls).map(([k, c]) => [k, c.read()]));
    const { feature, issues } = newBuildingFeature(this.id, this.getGeometry(), values);
    if (issues.length) {
      this.feedback.invalid(issues);
      return;
    }
    try {
      const out = await submitThrough(this.outbox, {
        kind: 'create', buildingId: this.id, houseCode: feature.properties.basic.houseCode || '',
        label: { key: 'create.title' }, method: 'POST', url: urls.buildings(), body: feature,
      });
      this.close();
      if (out.state === 'sent') this.onCreated(out.result.feature, out.result.etag);
      else {
        showInfo('outbox.queued', { action: t('create.title') });
        this.onCancel();
      }
    } catch (err) {
      this.feedback.failed(err);
    }
  }
}
