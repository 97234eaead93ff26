// The actions section of the building panel: one button per action the server says this user
// may take now (properties.allowedActions), each opening a short form; puts it in the outbox
// as a conditional (If-Match) and idempotent (Idempotency-Key) write and waits for its first
// try: sent (the panel follows the outbox), queued (offline: the record shows it 待同步), or a
// 412 / refusal taken back into the form, which keeps what was typed, shows what changed and
// offers to reload keeping the entries. The section node lives as long as the page: the panel re-inserts it on
// every redraw, so a form and what was typed survive redraws and language changes.

import { el } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';
import { exchange, getJson } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { FormFeedback, whileBusy } from '../../shared/forms.js';
import { showInfo, showError } from '../../shared/notify.js';
import { ACTIONS, EDIT } from './actions.js';
import { renderConflict, renderRefusal } from './conflict-view.js';
import { latestChange } from './conflict.js';
import { etagOf } from '../outbox/transport.js';
import { submitThrough } from '../outbox/start.js';

/** The server's field name matched to one of the form's (suffix either way), or null. */
function matchField(name, names) {
  return names.find((n) => n === name || n.endsWith(`.${name}`) || name.endsWith(`.${n}`)) || null;
}

export class PanelActions {
  /**
   * onChanged(feature, etag): the building changed (a write succeeded, or it was reloaded);
   * onEditFootprint(feature): the user wants to move the footprint's corners; onFormOpen(): a
   * form was opened (the sheet makes room for it); onSubmitted(): a form was sent or queued and
   * closed; outbox: where every write goes first (outbox/outbox.js).
   */
  constructor({ onChanged, onEditFootprint, onFormOpen = () => {}, onSubmitted = () => {}, outbox }) {
    this.onChanged = onChanged;
    this.onFormOpen = onFormOpen;
    this.onSubmitted = onSubmitted;
    this.outbox = outbox;
    this.onEditFootprint = onEditFootprint;
    this.feature = null;
    this.etag = null;
    this.form = null;
    this.notice = null; // {conflict} or {refusal}
    this.buttons = el('div', { class: 'action-buttons' });
    this.formBox = el('div', { class: 'action-form-box' });
    this.node = el('section', { id: 'panel-actions', class: 'panel-section panel-actions' },
      el('h3', { class: 'actions-heading', 'data-i18n': 'actions.heading', text: t('actions.heading') }),
      this.buttons, this.formBox);
    onLanguageChange(() => this.render());
  }

  /** The panel shows feature (with its ETag) now; a form on the same building stays open. */
  setBuilding(feature, etag) {
    const same = this.feature && feature && String(this.feature.id) === String(feature.id);
    this.feature = feature;
    this.etag = etag || etagOf(feature);
    if (!same) this.closeForm();
    this.render();
  }

  get allowed() {
    const list = this.feature && this.feature.properties && this.feature.properties.allowedActions;
    return Array.isArray(list) ? list : [];
  }

  render() {
    const allowed = this.allowed;
    const buttons = allowed.filter((a) => ACTIONS.includes(a)).map((a) => this.button(a, `action.${a}`, () => this.openForm(a).catch(showError)));
    if (allowed.includes(EDIT)) {
      buttons.push(this.button(EDIT, 'action.edit', () => this.openForm(EDIT).catch(showError)));
      buttons.push(this.button('footprint', 'action.editFootprint', () => this.onEditFootprint(this.feature)));
    }
    this.buttons.replaceChildren(...(buttons.length || !this.feature ? buttons
      : [el('p', { class: 'panel-muted', 'data-i18n': 'actions.none', text: t('actions.none') })]));
    this.buttons.hidden = !!this.form;
    this.node.hidden = !this.feature;
    if (this.noticeBox) {
      const n = this.notice;
      this.noticeBox.replaceChildren(...(n && n.conflict ? [renderConflict(n.conflict, () => this.reloadKeeping())]
        : n && n.refusal ? [renderRefusal(n.refusal)] : []));
    }
  }

  button(code, key, onclick) {
    return el('button', { type: 'button', class: 'button action-button', dataset: { action: code }, text: t(key), onclick });
  }

  /** The forms' modules are loaded on the first tap on an action (the first view does not need them). */
  async openForm(action) {
    const feature = this.feature;
    this.buttons.setAttribute('aria-busy', 'true');
    const forms = await import('./action-form.js').finally(() => this.buttons.removeAttribute('aria-busy'));
    if (this.feature !== feature || this.form) return; // the record changed or a form opened meanwhile
    const form = action === EDIT ? forms.editForm(feature) : forms.actionForm(action, feature, this.outbox);
    this.form = form;
    this.onFormOpen();
    this.notice = null;
    this.noticeBox = el('div', { class: 'action-notice' });
    const message = el('div', { class: 'form-message', hidden: true });
    this.feedback = this.feedback || new FormFeedback(message, {});
    this.feedback.box = message;
    this.feedback.fields = form.fields;
    this.feedback.clear();
    const submitKey = action === EDIT ? 'edit.save' : 'action.submit';
    const submit = el('button', { type: 'submit', class: 'button button-primary action-submit', 'data-i18n': submitKey, text: t(submitKey) });
    const node = el('form', { class: 'action-form', dataset: { action }, novalidate: true },
      el('h4', { class: 'action-form-title', 'data-i18n': form.titleKey, text: t(form.titleKey) }),
      form.node, this.noticeBox, message,
      el('div', { class: 'form-buttons' },
        submit,
        el('button', { type: 'button', class: 'button action-cancel', 'data-i18n': 'action.cancel', text: t('action.cancel'), onclick: () => this.cancel() })));
    node.addEventListener('submit', (e) => {
      e.preventDefault();
      whileBusy(node, submit, () => this.submit());
    });
    // The client's own complaints go as soon as the user changes something: on input, not on
    // change, which fires when the field loses focus — on the tap on 提交, whose button the
    // vanishing message would move from under the finger.
    node.addEventListener('input', () => {
      if (this.feedback.state && this.feedback.state.fieldKeys) this.feedback.clear();
    });
    this.formBox.replaceChildren(node);
    this.render();
    node.querySelector('select, input:not([type=file]), textarea')?.focus({ preventScroll: true });
    node.scrollIntoView({ block: 'nearest' });
  }

  /** The form closed unsent: photos queued for it alone are not worth uploading. */
  cancel() {
    if (this.form && this.form.photos) this.form.photos.discard();
    this.closeForm();
  }

  closeForm() {
    this.form = null;
    this.notice = null;
    this.noticeBox = null;
    this.formBox.replaceChildren();
    this.render();
  }

  async submit() {
    const form = this.form;
    const req = form.request();
    if (req.issues.length) {
      this.feedback.invalid(req.issues);
      return;
    }
    if (req.empty) {
      this.feedback.done('edit.noChange');
      return;
    }
    const props = this.feature.properties || {};
    try {
      const out = await submitThrough(this.outbox, {
        kind: form.action === EDIT ? 'edit' : 'action',
        buildingId: String(this.feature.id),
        houseCode: props.houseCode || (props.basic && props.basic.houseCode) || '',
        label: { key: form.titleKey },
        method: req.method, url: req.url, body: req.body, contentType: req.contentType,
        ifMatch: this.etag, base: this.feature,
      });
      if (this.form !== form) return;
      this.closeForm();
      this.onSubmitted();
      // The panel shows the new record when the outbox reports the write sent (followSent).
      if (out.state === 'sent') showInfo(out.result.replayed ? 'action.replayed' : 'action.done', { action: t(form.titleKey) });
      else showInfo('outbox.queued', { action: t(form.titleKey) });
    } catch (err) {
      if (this.form === form) await this.failed(err);
    }
  }

  async failed(err) {
    const p = err.problem || {};
    if (err.status === 412 && p.current) {
      this.feedback.clear();
      const mine = this.feature;
      this.notice = { conflict: { mine, current: p.current, currentETag: p.currentETag, latest: null, busy: false } };
      this.render();
      this.noticeBox.scrollIntoView({ block: 'nearest' });
      const events = await getJson(urls.buildingEvents(mine.id)).catch(() => null);
      if (this.notice && this.notice.conflict && events) {
        this.notice.conflict.latest = latestChange(events.events, mine);
        this.render();
      }
      return;
    }
    if (err.status === 409 && Array.isArray(p.allowedActions)) {
      this.feedback.clear();
      this.notice = { refusal: { allowed: p.allowedActions } };
      this.render();
      this.noticeBox.scrollIntoView({ block: 'nearest' });
      return;
    }
    this.notice = null;
    this.render();
    if (err.status === 403) this.feedback.failed(err, 'action.forbidden');
    else this.feedback.failed(this.withFormFields(err));
  }

  /** A 422 whose field names differ in prefix from the form's, renamed to the form's names. */
  withFormFields(err) {
    const names = Object.keys(this.form.fields);
    const renamed = {};
    for (const [field, message] of Object.entries(err.fieldErrors || {})) {
      const own = matchField(field, names);
      if (own) renamed[own] = message;
    }
    return Object.create(err, { fieldErrors: { value: renamed } });
  }

  /** After a conflict: the newest building, the form kept as typed, ready to submit again. */
  async reloadKeeping() {
    const conflict = this.notice && this.notice.conflict;
    if (!conflict || !this.feature) return;
    conflict.busy = true;
    this.render();
    try {
      const res = await exchange('GET', urls.building(this.feature.id));
      if (this.form && this.form.rebase) this.form.rebase(res.data);
      this.notice = null;
      this.onChanged(res.data, res.etag || etagOf(res.data));
      if (this.form && this.form.action !== EDIT && !this.allowed.includes(this.form.action)) {
        this.notice = { refusal: { allowed: this.allowed } };
        this.render();
      } else {
        this.feedback.done('conflict.reloaded');
      }
    } catch (err) {
      conflict.busy = false;
      this.render();
      this.feedback.failed(err);
    }
  }
}
