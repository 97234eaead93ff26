// The service worker of the whole app (scope /), registered by js/shared/offline/register.js.
// The server serves this file with the APP line filled in (AppFiles.java): the app's version
// and every file to precache. As stored here it is a "dev" worker that precaches nothing.

import { startWorker } from './js/worker/worker.js';

const APP = { version: 'dev', files: [] };

startWorker(self, APP);
