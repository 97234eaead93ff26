// Form controls for a field descriptor ({name, kind, codes, required}): a select for one code,
// checkboxes for several, date/number/text inputs, a checkbox for yes/no. Every label carries
// data-i18n, so lang.js relabels them in place and nothing the user typed is lost.

import { el } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';

function label(key) {
  return el('span', { 'data-i18n': key, text: t(key) });
}

function requiredMark(on) {
  return el('span', { class: 'required-mark', 'data-i18n': 'action.required', text: t('action.required'), hidden: !on });
}

function choiceGroup(field, { id, labelKey, codeKey }, mark, setRequired) {
  const boxes = field.codes.map((c) => el('input', { type: 'checkbox', value: c, name: id, id: `${id}-${c}` }));
  const fieldset = el('fieldset', { id, class: 'field choice-group', dataset: { field: field.name } },
    el('legend', { class: 'field-label' }, label(labelKey), mark),
    boxes.map((box, i) => el('label', { class: 'choice', for: box.id }, box, label(codeKey(field.codes[i])))));
  return {
    node: fieldset,
    control: fieldset,
    read: () => boxes.filter((b) => b.checked).map((b) => b.value),
    write: (v) => boxes.forEach((b) => { b.checked = Array.isArray(v) && v.includes(b.value); }),
    setRequired,
  };
}

function yesNo(field, { id, labelKey }, setRequired) {
  const box = el('input', { type: 'checkbox', id, name: field.name });
  return {
    node: el('label', { class: 'field choice choice-single', for: id, dataset: { field: field.name } }, box, label(labelKey)),
    control: box,
    read: () => box.checked,
    write: (v) => { box.checked = v === true; },
    setRequired,
  };
}

/** The select, textarea or input of a one-value field. */
function singleControl(field, { id, codeKey }) {
  if (field.kind === 'code') {
    return el('select', { id, name: field.name, class: 'select' },
      el('option', { value: '', 'data-i18n': 'action.choose', text: t('action.choose') }),
      field.codes.map((c) => el('option', { value: c, 'data-i18n': codeKey(c), text: t(codeKey(c)) })));
  }
  if (field.kind === 'note') {
    return el('textarea', { id, name: field.name, class: 'input textarea', rows: 2, maxlength: field.max || 500 });
  }
  const numeric = field.kind === 'number' || field.kind === 'integer';
  return el('input', {
    id,
    name: field.name,
    class: 'input',
    type: { date: 'date', number: 'number', integer: 'number' }[field.kind] || 'text',
    inputmode: field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : null,
    step: field.kind === 'number' ? 'any' : field.kind === 'integer' ? '1' : null,
    min: numeric ? '0' : null,
    maxlength: field.kind === 'text' ? field.max || 200 : null,
    autocomplete: 'off',
  });
}

/**
 * A control for field. id: unique element id; labelKey: i18n key of its label; codeKey(value):
 * i18n key of a code's label. Returns {node, control, read(), write(value), setRequired(on)}:
 * control is what a field error attaches to (the input, select or fieldset).
 */
export function fieldControl(field, options) {
  const mark = requiredMark(field.required === true);
  const setRequired = (on) => {
    mark.hidden = !on;
  };
  if (field.kind === 'codes') return choiceGroup(field, options, mark, setRequired);
  if (field.kind === 'boolean') return yesNo(field, options, setRequired);
  const control = singleControl(field, options);
  return {
    node: el('label', { class: 'field form-field', for: options.id, dataset: { field: field.name } },
      el('span', { class: 'field-label' }, label(options.labelKey), mark), control),
    control,
    read: () => control.value,
    write: (v) => { control.value = v == null ? '' : String(v); },
    setRequired,
  };
}
