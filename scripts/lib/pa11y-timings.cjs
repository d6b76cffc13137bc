// A pa11y-ci reporter (CommonJS, as pa11y-ci loads reporters with require) that writes
// how long each URL took, from its start to its result, to options.fileName, so
// scripts/lib/pa11y.mjs can name the slow pages when the step's time grows.
'use strict';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- pa11y-ci requires its reporters
const { writeFileSync } = require('node:fs');

module.exports = function timings(options = {}) {
  const started = new Map();
  const took = {};
  const done = (url) => {
    if (started.has(url)) took[url] = (performance.now() - started.get(url)) / 1000;
  };
  return {
    begin(url) {
      started.set(url, performance.now());
    },
    results(results) {
      done(results.pageUrl);
    },
    error(error, url) {
      done(url);
    },
    afterAll() {
      writeFileSync(options.fileName, JSON.stringify(took));
    },
  };
};
