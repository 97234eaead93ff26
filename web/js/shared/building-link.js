// Links to one building on the map, "/#building=<id>" (the ledger's rows use them): on start and
// whenever the hash changes to such a link, the building is fetched and shown as a search
// result is — its panel opened, the map moved to it.

import { getJson } from './request.js';
import { urls } from './urls.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The building id of a hash such as "#building=<uuid>" (also "&building=" after other parts), or null. */
export function buildingIdFromHash(hash) {
  const m = /(?:^#|&)building=([^&]+)/.exec(hash || '');
  if (!m) return null;
  let id;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  return UUID.test(id) ? id.toLowerCase() : null;
}

/** The map link of a building: "/#building=<id>". */
export function buildingHref(id) {
  return `/#building=${encodeURIComponent(id)}`;
}

/**
 * Shows the building the location hash names now and after every hash change:
 * show(feature) gets GET /api/buildings/{id}; a failure (404 outside one's streets) goes to
 * onError.
 */
export function followBuildingLinks(show, onError) {
  const follow = async () => {
    const id = buildingIdFromHash(location.hash);
    if (!id) return;
    try {
      show(await getJson(urls.building(id)));
    } catch (err) {
      onError(err);
    }
  };
  window.addEventListener('hashchange', follow);
  follow();
}
