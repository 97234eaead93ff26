// The codes the API speaks, mirrored from the Java side so the app can label and order them:
// blocks and fields from org.housesafe.building.AttributeSchema, the enums from
// org.housesafe.lifecycle. test/schema.test.js fails when the Java side changes and this does not.
// No DOM here.

export const BLOCKS = ['basic', 'construction', 'management', 'survey', 'rectification', 'appraisal'];

const text = (block, name) => ({ block, name, kind: 'text', codes: [] });
const of = (block, name, kind) => ({ block, name, kind, codes: [] });
const code = (block, name, ...codes) => ({ block, name, kind: 'code', codes });
const codes = (block, name, ...values) => ({ block, name, kind: 'codes', codes: values });

export const FIELDS = [
  text('basic', 'houseCode'),
  text('basic', 'address'),
  text('basic', 'ownerName'),
  text('basic', 'ownerPhone'),
  text('basic', 'ownerIdNumber'),
  code('basic', 'landTenure', 'state', 'collective'),
  codes('basic', 'locationTypes', 'urban_village', 'urban_rural_fringe', 'school_vicinity',
    'industrial_park', 'scenic_area', 'rural', 'other'),
  of('basic', 'floorsAbove', 'integer'),
  of('basic', 'floorsBelow', 'integer'),
  of('basic', 'height', 'number'),
  code('basic', 'constructionPeriod', 'before_1981', '1981_1990', '1991_2000', '2001_2010',
    '2011_2015', 'since_2016'),
  of('basic', 'floorArea', 'number'),
  code('basic', 'structure', 'brick_concrete', 'rc_frame', 'brick_timber', 'earth_timber', 'steel',
    'other'),
  code('basic', 'use', 'operating', 'mixed', 'other'),
  codes('basic', 'businessTypes', 'catering', 'lodging', 'retail', 'rental', 'education',
    'entertainment', 'medical', 'elderly_childcare', 'manufacturing', 'warehousing', 'other'),
  of('basic', 'crowded', 'boolean'),
  of('basic', 'vacant', 'boolean'),

  of('construction', 'professionallyDesigned', 'boolean'),
  code('construction', 'builderType', 'self', 'craftsman', 'contractor', 'other'),
  of('construction', 'altered', 'boolean'),
  codes('construction', 'alterationTypes', 'add_floor', 'extension', 'load_bearing_change',
    'rooftop_addition', 'mezzanine', 'basement_excavation', 'change_of_use'),

  of('management', 'illegalConstruction', 'boolean'),
  of('management', 'illegalApproval', 'boolean'),
  of('management', 'noPermits', 'boolean'),

  code('survey', 'judgement', 'serious', 'some', 'none'),
  codes('survey', 'hazardTypes', 'foundation_settlement', 'load_bearing_cracks', 'beam_slab_cracks',
    'deformation', 'cantilever', 'alteration', 'environment', 'business_fire'),
  of('survey', 'suggestAppraisal', 'boolean'),
  of('survey', 'surveyDate', 'date'),
  text('survey', 'inspector'),

  codes('rectification', 'measures', 'stop_use', 'stop_business', 'cordon', 'evacuate',
    'repair_reinforce', 'demolish_rebuild', 'demolish_all', 'demolish_part', 'permits', 'fine',
    'confiscate'),
  text('rectification', 'responsible'),
  of('rectification', 'deadline', 'date'),
  of('rectification', 'completedDate', 'date'),
  of('rectification', 'acceptedDate', 'date'),
  code('rectification', 'progress', 'pending', 'in_progress', 'done'),

  code('appraisal', 'grade', 'A', 'B', 'C', 'D'),
  text('appraisal', 'agency'),
  text('appraisal', 'reportNo'),
  of('appraisal', 'date', 'date'),
  code('appraisal', 'recommendation', 'observe', 'use_with_treatment', 'stop_use', 'demolish'),
];

/** Fields of one block, in the order the record shows them. */
export function fieldsOf(block) {
  return FIELDS.filter((f) => f.block === block);
}

/** The schema entry for block.name, or undefined for a key the schema does not know. */
export function fieldOf(block, name) {
  return FIELDS.find((f) => f.block === block && f.name === name);
}

export const STATUSES = ['unsurveyed', 'surveyed', 'archived_safe', 'awaiting_appraisal',
  'awaiting_rectification', 'rectifying', 'rectified', 'demolition_ordered', 'demolished', 'closed', 'withdrawn'];

export const JUDGEMENTS = ['serious', 'some', 'none'];

export const GRADES = ['A', 'B', 'C', 'D'];

export const EVENT_TYPES = ['created', 'survey', 'recheck', 'appraisal', 'control_measure',
  'rectification_order', 'rectification_start', 'rectification_done', 'acceptance',
  'demolition_order', 'demolition', 'close_out', 'withdrawal', 'edit', 'import'];

export const RECHECK_KINDS = ['document', 'onsite'];

export const RECHECK_RESULTS = ['no_hazard', 'hazard', 'returned'];

export const ROLES = ['inspector', 'street_office', 'district', 'appraiser', 'planner', 'admin'];

/** Statuses in which a deadline no longer applies: the case is finished. */
export const FINISHED_STATUSES = ['archived_safe', 'demolished', 'closed', 'withdrawn'];
