// `npm run bench`: a fresh build, timed; then, per page and in total, the bytes of
// HTML, CSS, JS and inline SVG (raw, gzip and brotli), the JS, the requests a page
// really makes in Chromium, its element count, its unused CSS (Chromium's coverage at
// 412 and 1,350 px, light and dark) and its content floor (the text a reader sees, with
// what closed <details> and note popovers show on a tap, plus each chart drawn once at
// its widest layout in whole pixels): what it ships ÷ that floor.
// All compared with bench/budgets.json. Then Lighthouse (mobile preset, three runs,
// the median) on the home page, the map's section page and the heaviest embed. Exits
// 1 when anything is over budget or a Lighthouse score is under the minimum. Not part
// of `npm test`.
//
// The site is built with SITE_URL set to the local server, so canonical and og: URLs
// point where Lighthouse actually loads the page (as they would in production).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from './ensure-chromium.mjs';
import { pagesIn } from './lib/pa11y.mjs';
import { run, seconds } from './lib/run.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { embedHeights, offeredKeys, startHostPage } from './lib/embed-heights.mjs';

const KB = 1024;
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
// Its own folder: the local-server SITE_URL must never reach a dist/ someone deploys.
const out = process.env.BENCH_OUT_DIR || '.bench-dist';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const failures = [];

const gz = (text) => gzipSync(text).length;
const br = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** Brotli bytes a host serving the build's precompressed files sends (the .br beside the file). */
const brFile = (file) => (existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : br(readFileSync(file)));
const kb = (bytes) => (bytes / KB).toFixed(1);
const pair = (raw, zipped) => `${kb(raw)}/${kb(zipped)}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The smallest form of a chart's drawing: its widest layout only, whole-pixel
 * coordinates, no tooltip or script data. What any page showing it must send.
 */
function chartFloor(svg) {
  return svg
    .replace(/\sdata-[\w-]+="[^"]*"/g, '')
    .replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n))))
    .replace(/\s+/g, ' ');
}

/**
 * Used CSS ranges per stylesheet, merged over runs, as [used, total] bytes. Sheets linked
 * for paper only (media="print") are left out: a screen never applies them, nor waits
 * for them (their bytes still count in the page's total).
 */
function coverageShare(runs, printOnly = new Set()) {
  const sheets = new Map();
  for (const entries of runs) {
    for (const e of entries) {
      if (printOnly.has(e.url)) continue;
      const key = `${e.url}\u0000${e.text.length}`;
      const used = sheets.get(key) ?? { total: e.text.length, used: new Uint8Array(e.text.length) };
      for (const r of e.ranges) used.used.fill(1, r.start, r.end);
      sheets.set(key, used);
    }
  }
  let used = 0;
  let total = 0;
  for (const s of sheets.values()) {
    total += s.total;
    used += s.used.reduce((a, b) => a + b, 0);
  }
  return { used, total };
}

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Top-level <svg>…</svg> blocks in HTML (nested <svg> stay inside their parent). */
function svgBlocks(html) {
  const blocks = [];
  const tag = /<(\/?)svg\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  for (let m; (m = tag.exec(html));) {
    if (!m[1] && m[0].endsWith('/>')) {
      if (depth === 0) blocks.push(m[0]);
    } else if (!m[1]) {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      blocks.push(html.slice(start, tag.lastIndex));
    }
  }
  return blocks;
}

/** Every SVG inside each figure[data-chart] (size variants all ship), per chart. */
function chartSvgs(html) {
  const charts = [];
  for (const m of html.matchAll(/<figure\b[^>]*\bdata-chart="([^"]+)"[^>]*>/g)) {
    const tag = /<(\/?)figure\b[^>]*>/gi;
    tag.lastIndex = m.index;
    let depth = 0;
    let end = html.length;
    for (let t; (t = tag.exec(html));) {
      if (!t[1]) depth++;
      else if (--depth === 0) {
        end = tag.lastIndex;
        break;
      }
    }
    const svg = svgBlocks(html.slice(m.index, end)).join('\n');
    if (svg) charts.push({ chart: m[1], raw: svg.length, gzip: gz(svg) });
  }
  return charts;
}

/** Inline JS: <script> without src, except JSON data blocks. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , code]) => code)
    .join('\n');
}

function classify(path, charts) {
  for (const c of budgets.classes) {
    if (c.match && !new RegExp(c.match).test(path)) continue;
    if (c.hasChart && !charts.some((x) => c.hasChart === '*' || x.chart === c.hasChart)) continue;
    return c;
  }
  throw new Error(`no budget class for ${path}`);
}

async function measurePages(server, browser) {
  const rows = [];
  const origin = new URL(server.url).origin;
  for (const path of pagesIn(out)) {
    process.stderr.write(`measuring ${path}\r`);
    const page = await browser.newPage({ viewport: { width: 1350, height: 900 } });
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    await page.goto(server.url + path.slice(1), { waitUntil: 'networkidle' });
    // The floor: what a reader sees as text, and each chart once, at its widest. Text one
    // tap away without JavaScript counts too (a closed <details>: data tables, notes; a
    // note's popover), since the page must ship it; text only scripts show does not.
    /* global document -- runs in the page, not in Node */
    const seen = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('details:not([open])')];
      for (const d of closed) d.open = true;
      const notes = [...document.querySelectorAll('[popover]')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
      const charts = new Map();
      for (const fig of document.querySelectorAll('figure[data-chart]')) {
        const svgs = [...fig.querySelectorAll('svg.chart-svg')];
        const widest = svgs.sort((a, b) => b.viewBox.baseVal.width - a.viewBox.baseVal.width)[0];
        if (widest) charts.set(fig.getAttribute('data-chart'), widest.outerHTML);
      }
      const text = [document.body.innerText, ...notes].join('\n');
      for (const d of closed) d.open = false;
      return { text, elements: document.getElementsByTagName('*').length, charts: [...charts.values()] };
    });
    await page.close();
    const floorText = [seen.text, ...seen.charts.map(chartFloor)].join('\n');
    const floor = [gz(floorText), br(floorText)];

    // Unused CSS: one page load per width and colour scheme, used ranges merged.
    const runs = [];
    const printOnly = new Set();
    for (const width of [412, 1350]) {
      for (const colorScheme of ['light', 'dark']) {
        const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await p.coverage.startCSSCoverage();
        await p.goto(server.url + path.slice(1), { waitUntil: 'networkidle' });
        runs.push(await p.coverage.stopCSSCoverage());
        const paper = await p.evaluate(() =>
          [...document.styleSheets].filter((s) => s.href && s.media.mediaText === 'print').map((s) => s.href),
        );
        for (const url of paper) printOnly.add(url);
        await p.close();
      }
    }
    const coverage = coverageShare(runs, printOnly);
    const unusedCss = coverage.total ? 1 - coverage.used / coverage.total : 0;

    const bytes = { html: [0, 0, 0], css: [0, 0, 0], js: [0, 0, 0], other: [0, 0, 0] };
    const foreign = [];
    for (const r of requests) {
      const url = new URL(r.url);
      if (url.protocol === 'data:') continue;
      if (url.origin !== origin) {
        foreign.push(r.url);
        continue;
      }
      let file = decodeURIComponent(url.pathname).slice(1);
      if (file === '' || file.endsWith('/')) file += 'index.html';
      let body;
      try {
        body = readFileSync(join(out, file));
      } catch {
        continue; // a 404 is the browser tests' business; nothing was transferred of this file
      }
      const kind = r.type === 'document' ? 'html' : r.type === 'stylesheet' ? 'css' : r.type === 'script' ? 'js' : 'other';
      bytes[kind][0] += body.length;
      bytes[kind][1] += gz(body);
      bytes[kind][2] += brFile(join(out, file));
    }
    const htmlText = readFileSync(join(out, path.endsWith('/') ? path.slice(1) + 'index.html' : path.slice(1)), 'utf8');
    const inline = inlineScripts(htmlText);
    const js = [bytes.js[0] + inline.length, bytes.js[1] + (inline ? gz(inline) : 0)];
    const svgs = svgBlocks(htmlText).join('\n');
    const svg = [svgs.length, svgs ? gz(svgs) : 0];
    const charts = chartSvgs(htmlText);
    const total = [0, 1, 2].map((i) => bytes.html[i] + bytes.css[i] + bytes.js[i]);
    const ratio = [total[1] / floor[0], total[2] / floor[1]];
    const budget = classify(path, charts);

    const over = [];
    if (total[1] > budget.totalGzipKB * KB) over.push(`total ${kb(total[1])} KB > ${budget.totalGzipKB} KB`);
    if (ratio[0] > budgets.floorRatioMax) over.push(`shipped ÷ floor ${ratio[0].toFixed(2)} > ${budgets.floorRatioMax} (gzip)`);
    if (budget.elements && seen.elements > budget.elements) over.push(`${seen.elements} elements > ${budget.elements}`);
    if (unusedCss > budgets.unusedCssMax) over.push(`unused CSS ${(unusedCss * 100).toFixed(0)}% > ${budgets.unusedCssMax * 100}%`);
    if (js[1] > budget.jsGzipKB * KB) over.push(`JS ${kb(js[1])} KB > ${budget.jsGzipKB} KB`);
    if (requests.length > budget.requests) over.push(`${requests.length} requests > ${budget.requests}`);
    for (const c of charts) {
      const limit = budgets.charts[c.chart]?.svgGzipKB;
      if (limit && c.gzip > limit * KB) over.push(`${c.chart} SVG ${kb(c.gzip)} KB > ${limit} KB`);
    }
    if (foreign.length) over.push(`requests to other hosts: ${foreign.join(' ')}`);
    for (const o of over) failures.push(`${path}: ${o}`);
    rows.push({
      path,
      budget,
      html: bytes.html,
      css: bytes.css,
      js,
      svg,
      charts,
      total,
      floor,
      ratio,
      elements: seen.elements,
      unusedCss,
      requests: requests.length,
      over,
    });
  }
  return rows;
}

function printPages(rows) {
  const head = [
    'page',
    'class',
    'HTML',
    'CSS',
    'JS',
    'inline SVG',
    'total gz',
    'total br',
    'budget',
    'floor gz/br',
    '÷floor gz/br',
    'elems',
    'unused CSS',
    'req',
    '',
  ];
  const lines = rows.map((r) => [
    r.path,
    r.budget.name,
    pair(...r.html),
    pair(...r.css),
    pair(...r.js),
    pair(...r.svg),
    kb(r.total[1]),
    kb(r.total[2]),
    `${r.budget.totalGzipKB}`,
    pair(...r.floor),
    `${r.ratio[0].toFixed(2)}/${r.ratio[1].toFixed(2)}`,
    `${r.elements}`,
    `${(r.unusedCss * 100).toFixed(0)}%`,
    `${r.requests}`,
    r.over.length ? 'OVER' : 'ok',
  ]);
  const sum = (k, i) => rows.reduce((s, r) => s + r[k][i], 0);
  lines.push([
    'TOTAL (all pages)',
    '',
    pair(sum('html', 0), sum('html', 1)),
    pair(sum('css', 0), sum('css', 1)),
    pair(sum('js', 0), sum('js', 1)),
    pair(sum('svg', 0), sum('svg', 1)),
    kb(sum('total', 1)),
    kb(sum('total', 2)),
    '',
    pair(sum('floor', 0), sum('floor', 1)),
    '',
    `${rows.reduce((s, r) => s + r.elements, 0)}`,
    '',
    `${rows.reduce((s, r) => s + r.requests, 0)}`,
    '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    '\nSizes in KB (1024 bytes) as raw/gzip (level 6); total = HTML+CSS+JS, gzip and brotli (the .br files the build writes); JS includes inline scripts.',
  );
  console.log(
    'floor = visible text (closed details and note popovers included) + each chart once at its widest layout in whole pixels; unused CSS = Chromium coverage at 412 and 1,350 px, light and dark, merged (print-only sheets left out).',
  );
  console.log(fmt(head));
  for (const l of lines) console.log(fmt(l));
  const charts = rows.flatMap((r) => r.charts.map((c) => `  ${r.path} ${c.chart}: ${pair(c.raw, c.gzip)}`));
  if (charts.length) console.log(`\nChart SVGs (raw/gzip KB):\n${charts.join('\n')}`);
}

/**
 * Each offered embed pasted, with the snippet its oEmbed file gives, into a host page
 * on a second local port (another origin): the iframe's height at each budgeted width
 * with the host script, and the snippet's fallback height against the embed's own
 * height at 640 px and wider (without the script).
 */
async function measureEmbedHeights(server, browser) {
  const { maxPx, fallbackFrom } = budgets.embedHeights;
  const charts = readdirSync(join(out, 'embed'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const keys = offeredKeys(out, charts);
  const host = await startHostPage({
    dir: out,
    charts: keys,
    siteRoot: `${server.url.replace(/\/?$/, '/')}`,
    servedRoot: server.url.replace(/\/?$/, '/'),
  });
  try {
    const widths = [...new Set([...Object.keys(maxPx).map(Number), fallbackFrom, 1000])].sort((a, b) => a - b);
    const withScript = {};
    const without = {};
    for (const w of widths) {
      withScript[w] = await embedHeights(browser, host.url, keys, w);
      if (w >= fallbackFrom) without[w] = await embedHeights(browser, host.url, keys, w, { script: false });
    }
    console.log(`\nEmbed heights in a host page on another origin (${host.url}), px; budget in brackets; fallback = the snippet's height:`);
    console.log(`${'embed'.padEnd(32)}${widths.map((w) => `${w} px`.padStart(14)).join('')}   fallback`);
    for (const key of keys) {
      const cells = widths.map((w) => {
        const h = Math.round(withScript[w][key].height);
        const max = maxPx[w];
        if (max && h > max) failures.push(`embed ${key}: ${h} px tall at ${w} px > ${max} px`);
        return `${h}${max ? ` [${max}]` : ''}`.padStart(14);
      });
      const fallback = withScript[widths[0]][key].fallback;
      for (const w of Object.keys(without)) {
        const need = without[w][key].height;
        if (fallback < need)
          failures.push(`embed ${key}: fallback height ${fallback} px < ${need} px needed at ${w} px without the script`);
      }
      console.log(`${key.padEnd(32)}${cells.join('')}   ${fallback}`);
    }
  } finally {
    await host.close();
  }
}

async function runLighthouse(server, rows, chromePath) {
  const { minScore, categories, runs: runCount = 3, spreadWarn = 10 } = budgets.lighthouse;
  // The long read, the section page with the map, and the embed that weighs most.
  const heaviest = (re) => rows.filter((r) => re.test(r.path)).sort((a, b) => b.total[1] - a.total[1])[0];
  const mapSection = rows.find((r) => /^\/sections\/[^/]+\/$/.test(r.path) && r.charts.some((c) => c.chart === 'membership-map'));
  const targets = [
    rows.find((r) => r.path === '/'),
    mapSection ?? heaviest(/^\/sections\/[^/]+\/$/),
    heaviest(/^\/embed\/[^/]+\/$/),
  ].filter(Boolean);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROME_FLAGS, '--headless'] });
  const results = [];
  try {
    for (const { path } of targets) {
      const t0 = performance.now();
      const embed = /^\/embed\/[^/]+\/$/.test(path);
      const lhrs = [];
      // The machine is shared and noisy: several runs, and the median of each score.
      for (let k = 0; k < runCount; k++) {
        const result = await lighthouse(server.url + path.slice(1), {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          // Embeds are noindex on purpose: they live inside other sites' iframes.
          skipAudits: embed ? ['is-crawlable'] : [],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`lighthouse returned nothing for ${path}`);
        if (lhr.runtimeError) throw new Error(`lighthouse on ${path}: ${lhr.runtimeError.message}`);
        lhrs.push(lhr);
      }
      const all = Object.fromEntries(categories.map((c) => [c, lhrs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100))]));
      const scores = Object.fromEntries(categories.map((c) => [c, median(all[c])]));
      const low = categories.filter((c) => scores[c] < minScore);
      for (const c of low) {
        const lhr = lhrs.find((l) => Math.round((l.categories[c]?.score ?? 0) * 100) === scores[c]);
        const failing = Object.values(lhr.audits)
          .filter((a) => lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) && a.score !== null && a.score < 1)
          .map((a) => a.id);
        failures.push(
          `lighthouse ${path} ${c} median ${scores[c]} < ${minScore} (runs ${all[c].join(', ')}; audits not passing: ${failing.join(', ')})`,
        );
      }
      const noisy = categories.filter((c) => Math.max(...all[c]) - Math.min(...all[c]) > spreadWarn);
      results.push({ path, scores, all, noisy, time: seconds(t0) });
    }
  } finally {
    chrome.kill();
  }
  console.log(`\nLighthouse (mobile preset, simulated throttling), median of ${runCount} runs, minimum ${minScore}:`);
  for (const r of results) {
    console.log(`  ${r.path.padEnd(32)} ${categories.map((c) => `${c} ${r.scores[c]} (${r.all[c].join('/')})`).join('  ')}  (${r.time})`);
    for (const c of r.noisy) {
      console.log(
        `    ⚠ ${c} runs disagree by more than ${spreadWarn} points (${r.all[c].join(', ')}): the machine was busy; the median is reported`,
      );
    }
  }
}

const started = performance.now();
const chromePath = ensureChromium();
const port = await freePort();
const siteUrl = `http://127.0.0.1:${port}`;

rmSync(out, { recursive: true, force: true });
const t0 = performance.now();
const built = await run('astro', ['build'], { env: { OUT_DIR: out, BASE_PATH: '/', SITE_URL: siteUrl }, quiet: true });
if (built.code !== 0) {
  console.error(built.output);
  console.error(`✘ astro build failed (exit ${built.code})`);
  process.exit(1);
}
const buildTime = seconds(t0);
console.log(`Build (fresh ${out}/, SITE_URL=${siteUrl}): ${buildTime}`);

// Compressed, as any static host or CDN serves it: Lighthouse times the bytes on the wire.
// The host-side embed script NGOs load next to our iframes has its own budget.
const embedScript = gz(readFileSync(`${out}/embed.js`));
console.log(`embed.js (host script): ${kb(embedScript)} KB gzip (budget ${budgets.embedScriptGzipKB} KB)`);
if (embedScript > budgets.embedScriptGzipKB * KB) failures.push(`embed.js ${kb(embedScript)} KB gzip > ${budgets.embedScriptGzipKB} KB`);

const server = await startStaticServer(out, { port, gzip: true });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS });
try {
  const rows = await measurePages(server, browser);
  printPages(rows);
  await measureEmbedHeights(server, browser);
  await browser.close();
  await runLighthouse(server, rows, chromePath);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

console.log(`\nBuild time ${buildTime}; bench total ${seconds(started)}.`);
if (failures.length) {
  console.error(`\n✘ ${failures.length} over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('✔ all pages within budget; all Lighthouse scores at or above the minimum');
