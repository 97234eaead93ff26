import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupTasks, groupsFor, taskStatuses, wantsOverdue, taskTotal, byDeadline, TASK_GROUPS } from '../js/map/tasks/tasks.js';
import { STATUSES } from '../js/shared/schema.js';

const TODAY = '2026-06-15';
const f = (id, status, deadline = null, houseCode = `H-${id}`) => ({ type: 'Feature', id, geometry: null, properties: { status, deadline, houseCode } });

const ids = (group) => group.items.map((t) => t.id);
const byId = (groups) => Object.fromEntries(groups.map((g) => [g.id, g]));

test('each role sees the groups of its steps of the lifecycle', () => {
  assert.deepEqual(groupsFor('inspector').map((g) => g.id), ['overdue', 'unsurveyed', 'recheck', 'demolition']);
  assert.deepEqual(groupsFor('street_office').map((g) => g.id), ['overdue', 'rectification', 'demolition', 'acceptance']);
  assert.deepEqual(groupsFor('appraiser').map((g) => g.id), ['appraisal']);
  assert.deepEqual(groupsFor('district').map((g) => g.id), TASK_GROUPS.map((g) => g.id));
  assert.deepEqual(groupsFor('planner'), []);
  assert.deepEqual(groupsFor('admin'), []);
  assert.deepEqual(groupsFor(undefined), []);
});

test('the statuses asked for are those of the groups, and only real statuses', () => {
  assert.deepEqual(taskStatuses('inspector'), ['unsurveyed', 'surveyed', 'demolition_ordered']);
  assert.deepEqual(taskStatuses('appraiser'), ['awaiting_appraisal']);
  for (const s of taskStatuses('district')) assert.ok(STATUSES.includes(s), s);
  assert.equal(wantsOverdue('inspector'), true);
  assert.equal(wantsOverdue('appraiser'), false);
  // No finished status is ever a task.
  for (const s of ['archived_safe', 'closed']) assert.ok(!taskStatuses('district').includes(s), s);
});

test('buildings fall into the groups of their status, with counts', () => {
  const groups = byId(groupTasks([
    f('a', 'unsurveyed'), f('b', 'unsurveyed'), f('c', 'surveyed'), f('d', 'demolition_ordered'),
    f('e', 'awaiting_appraisal'), f('g', 'closed'), f('h', 'rectifying'),
  ], 'inspector', TODAY));
  assert.deepEqual(Object.keys(groups), ['overdue', 'unsurveyed', 'recheck', 'demolition']);
  assert.deepEqual(ids(groups.unsurveyed), ['a', 'b']);
  assert.equal(groups.unsurveyed.count, 2);
  assert.deepEqual(ids(groups.recheck), ['c']);
  assert.deepEqual(ids(groups.demolition), ['d']);
  assert.equal(groups.overdue.count, 0);

  const street = byId(groupTasks([f('h', 'rectifying'), f('i', 'awaiting_rectification'), f('j', 'rectified'), f('k', 'demolished')],
    'street_office', TODAY));
  assert.deepEqual(ids(street.rectification).sort(), ['h', 'i']);
  assert.deepEqual(ids(street.acceptance).sort(), ['j', 'k']);
});

test('overdue is the one definition: a deadline before today on an unfinished building', () => {
  const groups = byId(groupTasks([
    f('late', 'surveyed', '2026-06-14'),
    f('today', 'surveyed', '2026-06-15'),
    f('doneLate', 'closed', '2026-01-01'),
    f('demolishedLate', 'demolished', '2026-01-01'),
    f('none', 'unsurveyed'),
  ], 'district', TODAY));
  assert.deepEqual(ids(groups.overdue), ['late']);
  assert.equal(groups.overdue.items[0].overdue, true);
  // An overdue building also stays in the group of its status, and counts once in the total.
  assert.ok(ids(groups.recheck).includes('late'));
  assert.equal(taskTotal(Object.values(groups)), 4);
});

test('each group is sorted by deadline, earliest first, none last, then by house code', () => {
  const groups = byId(groupTasks([
    f('n2', 'awaiting_appraisal', null, 'B'),
    f('late', 'awaiting_appraisal', '2026-09-01'),
    f('n1', 'awaiting_appraisal', null, 'A'),
    f('early', 'awaiting_appraisal', '2026-07-01T00:00:00Z'),
  ], 'appraiser', TODAY));
  assert.deepEqual(ids(groups.appraisal), ['early', 'late', 'n1', 'n2']);
  assert.equal(groups.appraisal.items[0].deadline, '2026-07-01');
  assert.ok(byDeadline({ deadline: '2026-01-01', houseCode: 'Z' }, { deadline: null, houseCode: 'A' }) < 0);
});

test('a building given twice (in a status list and the overdue list) is listed once per group', () => {
  const groups = byId(groupTasks([f('x', 'surveyed', '2026-01-01'), f('x', 'surveyed', '2026-01-01'), null, { id: null }],
    'inspector', TODAY));
  assert.deepEqual(ids(groups.recheck), ['x']);
  assert.deepEqual(ids(groups.overdue), ['x']);
});

test('no features, or a role without tasks, gives empty groups', () => {
  assert.deepEqual(groupTasks([], 'appraiser', TODAY), [{ id: 'appraisal', count: 0, items: [] }]);
  assert.deepEqual(groupTasks(null, 'admin', TODAY), []);
});
