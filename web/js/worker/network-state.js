// Tells a page whether the worker's request for it reached the server: a message
// {type: 'housesafe-network', online} to the page that asked, after every request passed on
// (shared/offline/status.js keeps only the changes). The browser's own online flag stays true
// on a weak signal where nothing gets through; this does not.

export async function reportNetwork(scope, event, reached) {
  const id = event.clientId || event.resultingClientId;
  const page = id ? await scope.clients.get(id) : null;
  if (page) page.postMessage({ type: 'housesafe-network', online: reached });
}
