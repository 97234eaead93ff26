// The building panel (#panel): a side panel on desktop, a bottom sheet on phones (sheet.js). Shows
// the record (GET /api/buildings/{id}), the actions this user may take now (panel-actions.js),
// the writes still in the outbox (待同步), the photos (GET /api/buildings/{id}/photos), the
// history newest first with each entry's photos (GET /api/buildings/{id}/events) and the
// attribute blocks; redraws itself when the language or the outbox changes. After an action the
// sheet folds back to its peek and scrolls to the top, so the new status, the new history entry
// and the map are all in sight. With the network gone, a building opened before comes from the
// service worker's offline copy (worker/api-cache.js), or, in a page no worker controls, from
// what this panel loaded (remember()).

import { el, byId } from '../../shared/dom.js';
import { t, onLanguageChange } from '../../shared/i18n.js';
import { exchange, getJson, isAbort } from '../../shared/request.js';
import { urls } from '../../shared/urls.js';
import { showError } from '../../shared/notify.js';
import { renderSummary, renderBlocks } from './record.js';
import { renderTimeline, latestEventText } from './timeline.js';
import { PanelActions } from './panel-actions.js';
import { photoSection } from '../photos/photo-strip.js';
import { readPhoto } from '../photos/photo-evidence.js';
import { recordSheet } from './sheet.js';
import { renderPending } from '../outbox/pending-view.js';
import { pendingFor } from '../outbox/queue.js';
import { workerControls } from '../../shared/offline/register.js';

export class Panel {
  /**
   * onClose(): the panel was closed (to clear the map selection); onFeature(feature): the
   * building changed here (restyle it on the map); onEditFootprint(feature): move its corners;
   * outbox: where the writes go (outbox/outbox.js).
   */
  constructor({ onClose, onFeature = () => {}, onEditFootprint = () => {}, outbox }) {
    this.outbox = outbox;
    this.recent = new Map(); // id → {feature, etag, events} as last loaded, for offline without a worker
    this.root = byId('panel');
    this.code = byId('panel-house-code');
    this.body = byId('panel-body');
    this.onClose = onClose;
    this.onFeature = onFeature;
    this.sheet = recordSheet();
    this.actions = new PanelActions({
      onChanged: (feature, etag) => this.applyFeature(feature, etag),
      onEditFootprint,
      onFormOpen: () => this.sheet.setExpanded(true),
      // The sheet folds back to its peek, its top in sight, and the building is brought back
      // into the part of the map the folded sheet leaves (the new record may have come first).
      onSubmitted: () => {
        this.sheet.setExpanded(false);
        this.body.scrollTop = 0;
        if (this.state && this.state.feature) this.onFeature(this.state.feature);
      },
      outbox,
    });
    outbox.subscribe(() => this.render());
    this.state = null;
    this.controller = null;
    this.closedBlocks = new Set();
    byId('panel-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.root.hidden) this.close();
    });
    // Remember which blocks the user folded, so a redraw keeps them folded.
    this.body.addEventListener('toggle', (e) => {
      const block = e.target.dataset && e.target.dataset.block;
      if (!block) return;
      if (e.target.open) this.closedBlocks.delete(block);
      else this.closedBlocks.add(block);
    }, true);
    onLanguageChange(() => this.render());
  }

  get openId() {
    return this.root.hidden || !this.state ? null : this.state.id;
  }

  /** Opens the panel on building id and loads its record and history. */
  async open(id) {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    // Tapping the building already open reloads it but keeps a form being filled in.
    if (!this.state || this.state.id !== id) this.actions.setBuilding(null, null);
    this.state = { id, feature: null, etag: null, events: null, photos: null, error: null, eventsError: null };
    this.show();
    this.render();
    const { signal } = controller;
    let [feature, events, photos] = await Promise.allSettled([
      exchange('GET', urls.building(id), undefined, { signal }),
      getJson(urls.buildingEvents(id), { signal }),
      loadPhotos(id, signal),
    ]);
    if (this.controller !== controller) return; // another building was opened meanwhile
    this.controller = null;
    const last = this.recent.get(id);
    const offline = (r) => r.status === 'rejected' && !r.reason.status && !isAbort(r.reason) && last;
    if (offline(feature)) feature = { status: 'fulfilled', value: { data: last.feature, etag: last.etag } };
    if (offline(events)) events = { status: 'fulfilled', value: { events: last.events } };
    if (feature.status === 'fulfilled') {
      this.state.feature = feature.value.data;
      this.state.etag = feature.value.etag;
      this.actions.setBuilding(this.state.feature, this.state.etag);
    } else if (!isAbort(feature.reason)) {
      this.state.error = feature.reason;
      showError(feature.reason);
    }
    if (events.status === 'fulfilled') {
      this.state.events = Array.isArray(events.value && events.value.events) ? events.value.events : [];
    } else if (!isAbort(events.reason)) {
      this.state.eventsError = events.reason;
    }
    this.state.photos = photos.status === 'fulfilled' ? photos.value : [];
    this.remember();
    this.render();
  }

  /**
   * Keeps the record and history as loaded, for when the network goes, only in a page no service
   * worker controls: where one does, it keeps every record and history the page loads (also
   * across reloads) and answers them offline, and it is then the one offline copy. Without one —
   * a browser or in-app webview without service workers, a plain-HTTP address other than
   * localhost (not a secure context), a first visit before the worker has taken over — this
   * is all an inspector who loses the signal has, for as long as the page is open.
   */
  remember() {
    const s = this.state;
    if (s && s.feature && !workerControls()) this.recent.set(s.id, { feature: s.feature, etag: s.etag, events: s.events || [] });
  }

  /**
   * The building changed through this panel (a write, or a reload after a conflict): show the
   * new record at once, restyle it on the map and reload the history.
   */
  applyFeature(feature, etag) {
    if (!this.state || !feature || String(feature.id) !== this.state.id) return;
    this.state.feature = feature;
    this.state.etag = etag;
    this.actions.setBuilding(feature, etag);
    this.render();
    this.onFeature(feature);
    this.reloadEvents();
  }

  async reloadEvents() {
    const s = this.state;
    if (!s) return;
    try {
      const [events, photos] = await Promise.all([getJson(urls.buildingEvents(s.id)), loadPhotos(s.id)]);
      if (this.state !== s) return;
      s.photos = photos;
      s.events = Array.isArray(events && events.events) ? events.events : [];
      s.eventsError = null;
      this.remember();
    } catch (err) {
      if (this.state !== s || isAbort(err)) return;
      s.eventsError = err;
    }
    this.render();
  }

  show() {
    if (this.root.hidden) this.sheet.setExpanded(false);
    this.root.hidden = false;
    document.body.classList.add('panel-open');
  }

  close() {
    if (this.controller) this.controller.abort();
    this.controller = null;
    this.root.hidden = true;
    document.body.classList.remove('panel-open');
    this.state = null;
    this.actions.setBuilding(null, null);
    this.onClose();
  }

  render() {
    const s = this.state;
    if (!s) return;
    const props = (s.feature && s.feature.properties) || {};
    const basic = props.basic || {};
    this.code.textContent = props.houseCode || basic.houseCode || (s.feature ? '—' : t('panel.loading'));
    const parts = [];
    if (s.error) {
      parts.push(el('p', { class: 'panel-error', role: 'alert', text: s.error.userMessage() }));
    } else if (!s.feature) {
      parts.push(el('p', { class: 'panel-loading', text: t('panel.loading') }));
    } else {
      parts.push(renderSummary(props, latestEventText(s.events)), this.actions.node,
        renderPending(pendingFor(this.outbox.list(), s.id)), photoSection(s.photos),
        renderTimeline(s.events, s.eventsError, s.photos || []), ...renderBlocks(props, this.closedBlocks));
    }
    this.body.replaceChildren(...parts.filter(Boolean));
    this.root.dataset.buildingId = s.id;
    this.root.dataset.state = s.error ? 'error' : s.feature ? 'loaded' : 'loading';
    this.root.dataset.version = props.version == null ? '' : String(props.version);
    this.root.dataset.status = props.status || '';
  }
}

/** The building's photos (readPhoto shape); none rather than an error: they are an extra. */
async function loadPhotos(id, signal) {
  try {
    const body = await getJson(urls.buildingPhotos(id), { signal });
    return (body && Array.isArray(body.photos) ? body.photos : []).map(readPhoto);
  } catch (err) {
    if (isAbort(err)) throw err;
    return [];
  }
}
