// pa11y-ci over a built site: every page in the sitemap (through --sitemap with the
// public origin swapped for the local server) plus every built page the sitemap leaves
// out on purpose (embeds, 404), read from the build rather than hard-coded.
// The config is .pa11yci.json plus what only this run knows: the Chromium binary,
// the extra URLs and a JSON report, which is checked so a run that audited fewer pages
// than expected (or Chrome's error page) cannot pass.
//
// The verdict is read from that report, not from pa11y-ci's exit code: pa11y 9 turns
// axe's "incomplete" results (axe could not decide, e.g. text over a pseudo-element or
// inside an SVG) into errors unless levelCapWhenNeedsReview caps them. .pa11yci.json
// caps them at "warning" and includes warnings, so they are listed here as "needs
// review" without failing, while every confirmed violation (axe) and every htmlcs error
// fails. Remove the cap in .pa11yci.json to make needs-review items fail too.
//
// .pa11yci.json turns off pa11y-ci's default of a fresh incognito browser context per
// URL (useIncognitoBrowserContext): each context started a new renderer with an empty
// cache, which fetched, parsed and compiled the site's CSS, fonts and scripts again for
// every URL. In one context they come from the cache; the pages write no cookie and no
// storage (tests/browser/pages.test.ts fails if one does), so no page sees anything of
// the one before, and the audit reads the same DOM: on ten sample URLs the same issues,
// for 17 CPU s instead of 24.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';
import { run } from './run.mjs';
import { languageOf, slowGatePages, TRANSLATIONS } from './languages.mjs';

const locs = (xml) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Site paths ("/", "/about/", "/404.html") of every .html file in dir. */
export function pagesIn(dir) {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        out.push(
          '/' +
            relative(dir, full)
              .split(sep)
              .join('/')
              .replace(/(^|\/)index\.html$/, '$1'),
        );
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * @param {{ distDir: string, siteUrl: string, chromePath: string, log?: (line: string) => void }} options
 * @returns {Promise<string>} a one-line summary; throws on any failure
 */
export async function pa11ySite({ distDir, siteUrl, chromePath, log = console.log }) {
  const origin = new URL(siteUrl).origin;
  const sitemaps = locs(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
  // pa11y-ci follows a sitemap index but does not apply --sitemap-find to the
  // sitemap URLs inside it, so hand it the (single) sitemap directly.
  if (sitemaps.length !== 1) throw new Error(`expected one sitemap in sitemap-index.xml, found ${sitemaps.length}`);
  const sitemapPath = new URL(sitemaps[0]).pathname;
  // Every English page from the sitemap; the translations' pages are left out of it
  // (--sitemap-exclude) and one page of each template per language is added (languages.mjs).
  const listed = new Set(
    locs(readFileSync(join(distDir, sitemapPath), 'utf8'))
      .map((u) => new URL(u).pathname)
      .filter((p) => languageOf(p) === 'en'),
  );
  const extras = slowGatePages(pagesIn(distDir)).filter((p) => !listed.has(p));
  // The embed dialog is closed in the page as built: audit it open too, with its options
  // changed and its preview loaded, once per chart, on the first section page that has it.
  const dialogStates = [];
  for (const page of pagesIn(distDir).filter((p) => p.startsWith('/sections/'))) {
    const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
    for (const [, id] of html.matchAll(/<details[^>]*\bid="(embed-[a-z-]+)"[^>]*data-embed-dialog/g)) {
      if (dialogStates.some((d) => d.id === id)) continue;
      dialogStates.push({ id, page });
    }
  }

  const server = await startStaticServer(distDir, { port: 0 });
  let summary;
  const work = mkdtempSync(join(tmpdir(), 'pa11y-'));
  try {
    const home = await fetch(server.url);
    if (home.status !== 200) throw new Error(`static server answers ${home.status} on / (expected 200)`);
    const sitemapUrl = server.origin + sitemapPath;
    const sm = await fetch(sitemapUrl);
    if (sm.status !== 200) throw new Error(`static server answers ${sm.status} on ${sitemapPath}`);

    const base = JSON.parse(readFileSync('.pa11yci.json', 'utf8'));
    const reportFile = join(work, 'report.json');
    const timingsFile = join(work, 'timings.json');
    const config = {
      ...base,
      defaults: {
        ...base.defaults,
        chromeLaunchConfig: { ...base.defaults.chromeLaunchConfig, executablePath: chromePath },
        reporters: [
          ['json', { fileName: reportFile }],
          [fileURLToPath(new URL('./pa11y-timings.cjs', import.meta.url)), { fileName: timingsFile }],
        ],
      },
      urls: [
        ...(base.urls ?? []),
        ...extras.map((p) => server.origin + p),
        ...dialogStates.map(({ id, page }) => ({
          url: `${server.origin}${page}?state=${id}-open`,
          actions: [
            `click element #${id} summary`,
            `click element #${id} input[value="dark"]`,
            `click element #${id} input[type="checkbox"]`,
            `click element #${id} button[data-copy]`,
            `wait for element #${id} iframe to be added`,
          ],
        })),
      ],
    };
    const configFile = join(work, 'pa11yci.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    log(
      `pa11y-ci: ${listed.size} sitemap pages + ${extras.length} more (${extras.join(', ') || 'none'}) + ${dialogStates.length} open embed dialogs on ${server.origin}`,
    );

    const { code, output } = await run(
      'pa11y-ci',
      [
        '--config',
        configFile,
        '--sitemap',
        sitemapUrl,
        '--sitemap-find',
        escapeRegExp(origin),
        '--sitemap-replace',
        server.origin,
        '--sitemap-exclude',
        `/(${TRANSLATIONS.join('|')})/`,
      ],
      { quiet: true },
    );
    log(output.trimEnd());
    let report;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8'));
    } catch {
      throw new Error(`pa11y-ci exited ${code} without a report`);
    }
    const expected = listed.size + extras.length + dialogStates.length;
    if (report.total !== expected) throw new Error(`pa11y-ci audited ${report.total} URLs, expected ${expected}`);
    const { failing, errors, review } = summarise(report.results, log);
    logSlowest(timingsFile, log);
    if (failing.length) {
      const list = failing.length > 6 ? [...failing.slice(0, 6), '…'] : failing;
      throw new Error(`pa11y-ci: ${errors} errors on ${failing.length} of ${report.total} URLs (${list.join(' ')}), see above`);
    }
    summary = `${report.total}/${report.total} URLs with 0 errors (${review} needs-review items listed above)`;
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return summary;
}

/** The slowest URLs and the sum over all of them, from the timings reporter. */
function logSlowest(file, log) {
  const took = Object.entries(JSON.parse(readFileSync(file, 'utf8')));
  const sum = took.reduce((n, [, s]) => n + s, 0);
  const slowest = took.sort((a, b) => b[1] - a[1]).slice(0, 8);
  log(`  Time per URL: ${sum.toFixed(0)} s over ${took.length} URLs; slowest:`);
  for (const [url, s] of slowest) log(`    ${s.toFixed(1).padStart(6)} s  ${new URL(url).pathname}${new URL(url).search}`);
}

const clip = (text, n) => (text.length > n ? text.slice(0, n - 1) + '…' : text);

/** Print each URL's verdict and its errors; list needs-review items grouped. */
function summarise(results, log) {
  const failing = [];
  let errors = 0;
  const review = new Map();
  for (const [url, issues] of Object.entries(results)) {
    const path = new URL(url).pathname + new URL(url).search;
    // A page that could not be audited shows up as an Error with only a message.
    const crashed = issues.filter((i) => !i.type);
    const errs = issues.filter((i) => i.type === 'error');
    for (const i of issues.filter((x) => x.type === 'warning' && x.runnerExtras?.needsFurtherReview)) {
      const key = `${i.runner} ${i.code}: ${i.runnerExtras.help ?? i.message}`;
      review.set(key, (review.get(key) ?? new Set()).add(path));
    }
    if (!errs.length && !crashed.length) {
      log(`  ✔ ${path}`);
      continue;
    }
    failing.push(path);
    errors += errs.length + crashed.length;
    log(`  ✘ ${path}: ${errs.length + crashed.length} errors`);
    for (const c of crashed) log(`      could not audit: ${c.message}`);
    for (const e of errs) {
      log(
        `      [${e.runner}] ${e.code}\n        ${clip(e.message, 200)}\n        at ${clip(e.selector ?? '', 160)}\n        ${clip((e.context ?? '').replace(/\s+/g, ' '), 160)}`,
      );
    }
  }
  if (review.size) {
    log('  Needs review (axe could not decide; not counted as errors):');
    for (const [key, paths] of review) log(`    ${clip(key, 140)} — on ${[...paths].join(' ')}`);
  }
  return { failing, errors, review: [...review.values()].reduce((n, p) => n + p.size, 0) };
}
