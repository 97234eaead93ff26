// The answer of a bulk import (POST /api/imports) as the admin page shows it: no DOM here, so
// node --test checks it. A refusal (400, 422) lists its errors as {index, field, message};
// index is null for the file as a whole.

/** The rows of the error table: [{index, field, message}], index as text ('' for the file). */
export function errorRows(problem) {
  const list = problem && Array.isArray(problem.errors) ? problem.errors : [];
  return list.filter((e) => e && typeof e === 'object').map((e) => ({
    index: Number.isInteger(e.index) ? String(e.index) : '',
    field: typeof e.field === 'string' ? e.field : '',
    message: typeof e.message === 'string' ? e.message : '',
  }));
}

/** How many errors there were in all and how many features the file held, from a refusal. */
export function refusalCounts(problem) {
  const shown = errorRows(problem).length;
  const total = problem && Number.isInteger(problem.errorCount) ? problem.errorCount : shown;
  const features = problem && Number.isInteger(problem.features) ? problem.features : 0;
  return { total, shown, features };
}

/** Upload progress as a whole percentage, 0-100. */
export function percent(fraction) {
  const f = Number(fraction);
  return Number.isFinite(f) ? Math.max(0, Math.min(100, Math.floor(f * 100))) : 0;
}
