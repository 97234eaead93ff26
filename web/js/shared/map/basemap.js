// The basemap switcher (#basemap-select): OpenStreetMap, Tianditu (only with a key) or none.
// Tile failures are reported once per choice and never stop the app: our layers stay usable.

import { tileLayer, layerGroup } from './leaflet.js';
import { el, byId } from '../dom.js';
import { t, onLanguageChange } from '../i18n.js';
import { tiles } from '../urls.js';
import { availableBasemaps, chooseBasemap } from '../config.js';
import { showInfo } from '../notify.js';

const STORAGE_KEY = 'housesafe.basemap';

function saved() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function save(name) {
  try {
    localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

function createLayer(name, config) {
  if (name === 'osm') {
    return tileLayer(tiles.osm, { maxZoom: 20, maxNativeZoom: 19, attribution: t('attribution.osm') });
  }
  if (name === 'tianditu') {
    const options = {
      subdomains: tiles.tiandituSubdomains, maxZoom: 20, maxNativeZoom: 18,
      tk: encodeURIComponent(config.tiandituKey), attribution: t('attribution.tianditu'),
    };
    return layerGroup([tileLayer(tiles.tiandituVector, options), tileLayer(tiles.tiandituLabels, { ...options, attribution: '' })]);
  }
  return null;
}

export function initBasemap(map, config) {
  const select = byId('basemap-select');
  const names = availableBasemaps(config);
  let current = chooseBasemap(saved(), config);
  let layer = null;

  const fillOptions = () => {
    select.replaceChildren(...names.map((n) => el('option', { value: n, text: t(`basemap.${n}`) })));
    select.value = current;
  };

  const apply = () => {
    if (layer) layer.remove();
    layer = createLayer(current, config);
    document.body.dataset.basemap = current;
    if (!layer) return;
    let reported = false;
    const onError = () => {
      if (reported) return;
      reported = true;
      showInfo('basemap.failed');
    };
    layer.eachLayer ? layer.eachLayer((l) => l.on('tileerror', onError)) : layer.on('tileerror', onError);
    layer.addTo(map);
  };

  fillOptions();
  apply();
  select.addEventListener('change', () => {
    current = select.value;
    save(current);
    apply();
  });
  onLanguageChange(() => {
    fillOptions();
    apply(); // attribution text is fixed when a layer is added
  });
}
