// The lifecycle actions and the payload fields each one takes, mirrored from
// org.housesafe.lifecycle.ActionFields (KNOWN and check()) and Lifecycle (RULES).
// test/actions.test.js fails when the Java side changes and this does not. No DOM here.
//
// A field: {name, kind, codes, required, labelKey}. kind is 'code' (one of codes), 'codes' (a
// non-empty list when required), 'date' (YYYY-MM-DD), 'text', 'number' or 'boolean'.
// required: true, false, or a function of the other values (hazard types unless "none").
// defaultToday: a date field that starts at today's date (when the work was done); deadlines
// start empty, since a deadline of today would make the case overdue tomorrow.

import { fieldOf } from '../../shared/schema.js';

export const CONTROL_MEASURES = ['stop_use', 'stop_business', 'cordon', 'evacuate'];
export const RECHECK_KINDS = ['document', 'onsite'];
export const RECHECK_RESULTS = ['no_hazard', 'hazard', 'returned'];
export const MAX_PHOTOS = 20;
export const MAX_NOTE = 500;
export const MAX_TEXT = 200;

/** Action codes in the order of Lifecycle.RULES (each once). */
export const ACTIONS = ['survey', 'control_measure', 'recheck', 'appraisal', 'rectification_order',
  'rectification_start', 'rectification_done', 'acceptance', 'demolition_order', 'demolition', 'close_out',
  'withdrawal'];

/** The pseudo-action of properties.allowedActions meaning "may PATCH attributes and footprint". */
export const EDIT = 'edit';

const schemaCodes = (block, name) => fieldOf(block, name).codes;

const code = (name, codes, required = true) => ({ name, kind: 'code', codes, required });
const codes = (name, values, required = true) => ({ name, kind: 'codes', codes: values, required });
const date = (name, required = true, defaultToday = true) => ({ name, kind: 'date', codes: [], required, defaultToday });
const text = (name, required = true) => ({ name, kind: 'text', codes: [], required, max: MAX_TEXT });
const number = (name) => ({ name, kind: 'number', codes: [], required: true });
const flag = (name) => ({ name, kind: 'boolean', codes: [], required: false });

/** Fields of each action's payload, besides photos and note, which every action may carry. */
export const ACTION_FIELDS = {
  survey: [
    code('judgement', schemaCodes('survey', 'judgement')),
    codes('hazardTypes', schemaCodes('survey', 'hazardTypes'), (v) => !!v.judgement && v.judgement !== 'none'),
    flag('suggestAppraisal'),
    codes('controlMeasures', CONTROL_MEASURES, false),
  ],
  control_measure: [codes('measures', CONTROL_MEASURES)],
  recheck: [code('kind', RECHECK_KINDS), code('result', RECHECK_RESULTS)],
  appraisal: [
    code('grade', schemaCodes('appraisal', 'grade')),
    text('agency'),
    text('reportNo'),
    date('date'),
    code('recommendation', schemaCodes('appraisal', 'recommendation')),
  ],
  rectification_order: [
    codes('measures', schemaCodes('rectification', 'measures')),
    text('responsible'),
    date('deadline', true, false),
  ],
  rectification_start: [],
  rectification_done: [date('completedDate')],
  acceptance: [date('acceptedDate')],
  demolition_order: [date('deadline', false, false), text('batch', false), text('responsible', false)],
  demolition: [date('date'), number('area'), text('batch', false)],
  close_out: [],
  withdrawal: [],
};

/** Actions whose note is the event's required reason (why a withdrawal: recorded by mistake or twice). */
export const REASON_REQUIRED = ['withdrawal'];

/** Actions whose payload must carry at least one photo. */
export const PHOTOS_REQUIRED = ['demolition'];

/** The form fields of an action, or [] for an unknown code. */
export function actionFields(action) {
  return ACTION_FIELDS[action] || [];
}

/** Whether field is required given the values entered so far. */
export function isRequired(field, values = {}) {
  return typeof field.required === 'function' ? field.required(values) : !!field.required;
}

/** The i18n key of a field's label in an action's form. */
export function fieldLabelKey(action, name) {
  return `action.${action}.${name}`;
}

/** The i18n key of a code value's label for a field of an action. */
export function codeLabelKey(field, value) {
  if (field.name === 'judgement') return `judgement.${value}`;
  if (field.name === 'grade') return `grade.${value}`;
  if (field.name === 'kind') return `recheck.kind.${value}`;
  if (field.name === 'result') return `recheck.result.${value}`;
  if (field.name === 'hazardTypes') return `code.hazardTypes.${value}`;
  if (field.name === 'recommendation') return `code.recommendation.${value}`;
  return `code.measures.${value}`; // measures and controlMeasures share the measure labels
}
