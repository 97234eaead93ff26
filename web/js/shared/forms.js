// Feedback of a form: one message for the whole form and one under each field concerned, in
// the user's language (redrawn when it changes). Field errors come from the client's own checks
// (i18n keys) or from a 422's errors[] (the server's words).

import { el } from './dom.js';
import { t, onLanguageChange } from './i18n.js';

function errorNode(node) {
  const container = node.tagName === 'FIELDSET' ? node : (node.closest('.field') || node.parentElement);
  const id = `${node.id}-error`;
  let p = document.getElementById(id);
  if (!p) {
    p = el('p', { id, class: 'field-error', hidden: true });
    container.append(p);
  }
  return p;
}

function setFieldError(node, text) {
  const p = errorNode(node);
  p.textContent = text || '';
  p.hidden = !text;
  const described = (node.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== p.id);
  if (text) described.push(p.id);
  if (described.length) node.setAttribute('aria-describedby', described.join(' '));
  else node.removeAttribute('aria-describedby');
  if (text) node.setAttribute('aria-invalid', 'true');
  else node.removeAttribute('aria-invalid');
}

export class FormFeedback {
  /**
   * box: where the form's message goes. fields: {name: input, select or fieldset}, by the names
   * the API uses in errors[].field and the client checks use.
   */
  constructor(box, fields = {}) {
    this.box = box;
    this.fields = fields;
    this.state = null;
    onLanguageChange(() => this.render());
  }

  clear() {
    this.state = null;
    this.render();
  }

  /** The client's own checks failed: issues [{field, key}]. Focuses the first field concerned. */
  invalid(issues) {
    const fieldKeys = Object.fromEntries(issues.map((i) => [i.field, i.key]));
    this.state = { kind: 'error', key: issues.length === 1 ? issues[0].key : 'form.fix', fieldKeys };
    this.render();
    const first = issues.map((i) => this.fields[i.field]).find(Boolean);
    if (first) (first.querySelector?.('input:not([disabled])') || first).focus();
  }

  /** A request failed; messageKey replaces its message (e.g. a 409 the form understands). */
  failed(err, messageKey = null) {
    this.state = { kind: 'error', err, key: messageKey, serverFields: (err && err.fieldErrors) || {} };
    this.render();
  }

  /** Success, by i18n key. */
  done(key, params = {}) {
    this.state = { kind: 'ok', key, params };
    this.render();
  }

  render() {
    const s = this.state || {};
    for (const [name, node] of Object.entries(this.fields)) {
      const key = s.fieldKeys && s.fieldKeys[name];
      setFieldError(node, key ? t(key) : (s.serverFields && s.serverFields[name]) || '');
    }
    const lines = [];
    if (s.err && !s.key) {
      lines.push(typeof s.err.userMessage === 'function' ? s.err.userMessage() : String(s.err.message || s.err));
      // The server's explanation (its words), unless the field errors already say it.
      const detail = s.err.problem && s.err.problem.detail;
      if (detail && detail !== lines[0] && Object.keys(s.serverFields || {}).length === 0) lines.push(detail);
    } else if (s.key) {
      lines.push(t(s.key, s.params));
    }
    this.box.replaceChildren(...lines.map((text, i) => el(i ? 'span' : 'strong', { class: i ? 'form-detail' : 'form-text', text })));
    this.box.hidden = lines.length === 0;
    this.box.dataset.kind = s.kind || '';
    this.box.setAttribute('role', s.kind === 'error' ? 'alert' : 'status');
  }
}

/** Runs fn with the button disabled (no double submit) and the form marked busy. */
export async function whileBusy(form, button, fn) {
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    return await fn();
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}
