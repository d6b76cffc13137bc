// pa11y-ci over a built site: every page in the sitemap (through --sitemap with the
// public origin swapped for the local server) plus every built page the sitemap leaves
// out on purpose (embeds, 404), read from the build rather than hard-coded.
// The config is .pa11yci.json plus what only this run knows: the Chromium binary,
// the extra URLs and a JSON report, which is checked so a run that audited fewer pages
// than expected (or Chrome's error page) cannot pass.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { startStaticServer } from './static-server.mjs';
import { run } from './run.mjs';

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
        out.push('/' + relative(dir, full).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * @param {{ distDir: string, siteUrl: string, chromePath: string }} options
 * @returns {Promise<string>} a one-line summary; throws on any failure
 */
export async function pa11ySite({ distDir, siteUrl, chromePath }) {
  const origin = new URL(siteUrl).origin;
  const sitemaps = locs(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'));
  // pa11y-ci follows a sitemap index but does not apply --sitemap-find to the
  // sitemap URLs inside it, so hand it the (single) sitemap directly.
  if (sitemaps.length !== 1) throw new Error(`expected one sitemap in sitemap-index.xml, found ${sitemaps.length}`);
  const sitemapPath = new URL(sitemaps[0]).pathname;
  const listed = new Set(locs(readFileSync(join(distDir, sitemapPath), 'utf8')).map((u) => new URL(u).pathname));
  const extras = pagesIn(distDir).filter((p) => !listed.has(p));

  const server = await startStaticServer(distDir, { port: 0 });
  const work = mkdtempSync(join(tmpdir(), 'pa11y-'));
  try {
    const home = await fetch(server.url);
    if (home.status !== 200) throw new Error(`static server answers ${home.status} on / (expected 200)`);
    const sitemapUrl = server.origin + sitemapPath;
    const sm = await fetch(sitemapUrl);
    if (sm.status !== 200) throw new Error(`static server answers ${sm.status} on ${sitemapPath}`);

    const base = JSON.parse(readFileSync('.pa11yci.json', 'utf8'));
    const reportFile = join(work, 'report.json');
    const config = {
      ...base,
      defaults: {
        ...base.defaults,
        chromeLaunchConfig: { ...base.defaults.chromeLaunchConfig, executablePath: chromePath },
        reporters: ['cli', ['json', { fileName: reportFile }]],
      },
      urls: [...(base.urls ?? []), ...extras.map((p) => server.origin + p)],
    };
    const configFile = join(work, 'pa11yci.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    console.log(`pa11y-ci: ${listed.size} sitemap pages + ${extras.length} more (${extras.join(', ') || 'none'}) on ${server.origin}`);

    const { code } = await run('pa11y-ci', [
      '--config', configFile,
      '--sitemap', sitemapUrl,
      '--sitemap-find', escapeRegExp(origin),
      '--sitemap-replace', server.origin,
    ]);
    let report;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8'));
    } catch {
      throw new Error(`pa11y-ci exited ${code} without a report`);
    }
    const expected = listed.size + extras.length;
    const failing = Object.entries(report.results)
      .filter(([, issues]) => issues.length > 0)
      .map(([url]) => new URL(url).pathname);
    if (report.total !== expected) throw new Error(`pa11y-ci audited ${report.total} URLs, expected ${expected}`);
    if (code !== 0 || report.errors > 0 || report.passes !== report.total) {
      const list = failing.length > 6 ? [...failing.slice(0, 6), '…'] : failing;
      throw new Error(`pa11y-ci: ${report.errors} errors on ${failing.length} of ${report.total} URLs (${list.join(' ')}), see above (exit ${code})`);
    }
    return `${report.passes}/${report.total} URLs passed, 0 errors`;
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
