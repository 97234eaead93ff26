// The bulk import section of the admin page (#import-form): uploads the chosen GeoJSON file to
// POST /api/imports with a progress bar, then shows the server's answer: the import's counts,
// or every error it listed as a table (feature index, where, problem). Nothing is imported
// unless the whole file passed, so a refusal needs no clean-up.

import { el, byId } from './dom.js';
import { t, onLanguageChange } from './i18n.js';
import { urls } from './urls.js';
import { uploadFile } from '../map/record/upload.js';
import { errorRows, refusalCounts, percent } from './import-report.js';

const COLUMNS = ['import.index', 'import.field', 'import.message'];

class ImportUpload {
  constructor() {
    this.form = byId('import-form');
    this.file = byId('import-file');
    this.submit = byId('import-submit');
    this.progress = byId('import-progress');
    this.status = byId('import-status');
    this.table = byId('import-errors');
    this.state = null;
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.send();
    });
    onLanguageChange(() => this.render());
  }

  async send() {
    const file = this.file.files && this.file.files[0];
    if (!file) {
      this.show({ kind: 'error', key: 'import.chooseFile' });
      this.file.focus();
      return;
    }
    this.submit.disabled = true;
    this.progress.hidden = false;
    this.progress.value = 0;
    this.show({ kind: 'busy', key: 'import.uploading', params: { name: file.name, percent: 0 } });
    try {
      const answer = await uploadFile(urls.imports(), file, 'import.geojson', (b) => typeof b.importId === 'string', {
        onProgress: (f) => {
          this.progress.value = f;
          this.show({ kind: 'busy', key: 'import.uploading', params: { name: file.name, percent: percent(f) } });
        },
        onSent: () => {
          this.progress.removeAttribute('value');   // indeterminate while the server works
          this.show({ kind: 'busy', key: 'import.working' });
        },
      });
      this.show({ kind: 'ok', key: 'import.done', params: { features: answer.features, file: answer.fileName,
        rate: answer.featuresPerSecond, id: answer.importId } });
      this.form.reset();
    } catch (err) {
      this.show({ kind: 'error', err });
    } finally {
      this.submit.disabled = false;
      this.progress.hidden = true;
    }
  }

  show(state) {
    this.state = state;
    this.render();
  }

  render() {
    const s = this.state;
    this.status.hidden = !s;
    if (!s) return;
    this.status.dataset.kind = s.kind === 'busy' ? '' : s.kind;
    const problem = s.err && s.err.problem;
    const rows = errorRows(problem);
    if (s.key) {
      this.status.textContent = t(s.key, s.params || {});
    } else if (problem && Array.isArray(problem.errors)) {
      const c = refusalCounts(problem);
      this.status.textContent = [t('import.refused', c), c.total > c.shown ? t('import.refusedShown', c) : '']
        .filter(Boolean).join(' ');
    } else {
      this.status.textContent = s.err && typeof s.err.userMessage === 'function' ? s.err.userMessage()
        : String((s.err && s.err.message) || s.err);
    }
    this.renderErrors(rows);
  }

  renderErrors(rows) {
    this.table.hidden = rows.length === 0;
    const head = el('thead', {}, el('tr', {}, COLUMNS.map((k) => el('th', { scope: 'col', text: t(k) }))));
    const body = el('tbody', {}, rows.map((r) => el('tr', {},
      el('td', { 'data-label': t('import.index'), text: r.index || t('import.wholeFile') }),
      el('td', { 'data-label': t('import.field'), class: 'code', text: r.field }),
      el('td', { 'data-label': t('import.message'), text: r.message }))));
    this.table.replaceChildren(head, body);
  }
}

if (document.getElementById('import-form')) new ImportUpload();
