// `npm run bench`: a fresh build, timed; then, per page and in total, the bytes of
// HTML, CSS, JS and inline SVG (raw, gzip and brotli), the JS, the requests a page
// really makes in Chromium, its element count, its unused CSS (Chromium's coverage at
// 412 and 1,350 px, light and dark) and its content floor (the text a reader sees, with
// what closed <details> and note popovers show on a tap, plus each chart drawn once at
// its widest layout in whole pixels): what it ships ÷ that floor.
// Every page of every language, one table per language, each translated page also
// weighed against its English counterpart (the Khmer font apart, with its own budget),
// and the five-language build's time.
// All compared with bench/budgets.json. Then Lighthouse (mobile preset, three runs,
// the median) on the home page, the map's section page and the heaviest embed. Exits
// 1 when anything is over budget or a Lighthouse score is under the minimum. Not part
// of `npm test`.
//
// The site is built with SITE_URL set to the local server, so canonical and og: URLs
// point where Lighthouse actually loads the page (as they would in production).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
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
import { englishPathOf, languageOf, slowGatePages, TRANSLATIONS } from './lib/languages.mjs';
import { againstEnglish, lighthouseLines, median, table } from '../bench/figures.mjs';

const KB = 1024;
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
// Its own folder: the local-server SITE_URL must never reach a dist/ someone deploys.
const out = process.env.BENCH_OUT_DIR || '.bench-dist';
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
// Two options for a busy machine, where a full run (every page of five languages) takes
// long: `--pages=REGEX` measures only the site paths it matches (a translated page with
// its English page, or ÷EN cannot be computed), and `--reuse` measures the last bench
// build in place of a fresh one (no build time then).
const option = (name) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.replace(/^[^=]*=?/, '');
const onlyPages = option('pages') ? new RegExp(option('pages')) : null;
const reuse = option('reuse') !== undefined;
const failures = [];

const gz = (text) => gzipSync(text).length;
const br = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** Brotli bytes a host serving the build's precompressed files sends (the .br beside the file). */
const brFile = (file) => (existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : br(readFileSync(file)));
const kb = (bytes) => (bytes / KB).toFixed(1);
const pair = (raw, zipped) => `${kb(raw)}/${kb(zipped)}`;
const utf8 = (text) => Buffer.byteLength(text);
const pct = (x) => `${(x * 100).toFixed(0)}%`;
const signed = (bytes) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;

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

/**
 * Every page of every language: bytes, floor, elements. Unused CSS (four more loads a
 * page) on every English page and on one page of each template in each translation, as
 * the slow gates of `npm test` choose them (scripts/lib/languages.mjs): a template's
 * stylesheets are the same in every language. Three pages at a time, since much of a
 * load is waiting.
 */
async function measurePages(server, browser) {
  const rows = [];
  const origin = new URL(server.url).origin;
  const paths = pagesIn(out).filter((p) => !onlyPages || onlyPages.test(p));
  const covered = new Set(slowGatePages(paths));
  const queue = [...paths];
  const worker = async () => {
    for (let path; (path = queue.shift());) rows.push(await measurePage(path, covered.has(path)));
  };
  await Promise.all([worker(), worker(), worker()]);
  return rows.sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));

  async function measurePage(path, cover) {
    process.stderr.write(`measuring ${path} (${paths.length - queue.length}/${paths.length})          \r`);
    const page = await browser.newPage({ viewport: { width: 1350, height: 900 } });
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    // 'networkidle' alone can settle while a long page is still parsing (the Khmer long
    // read, 790 KB, once measured 940 of its 4,665 elements): the whole document first.
    await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // The floor: what a reader sees as text, and each chart once, at its widest. Text one
    // tap away without JavaScript counts too (a closed <details>: data tables, notes; a
    // note's popover), since the page must ship it; text only scripts show does not.
    /* global document -- runs in the page, not in Node */
    const seen = await page.evaluate(() => {
      // Where a translation's bytes go: its text, the words in attributes (labels,
      // titles), and English kept inside it (quotations' originals, fallbacks: lang=en).
      const skip = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
      const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
      const words = [];
      for (let n; (n = walker.nextNode());) if (!skip.has(n.parentElement?.tagName)) words.push(n.data);
      const labels = [];
      for (const el of document.querySelectorAll('[aria-label],[title],[alt],[aria-description],[aria-roledescription]')) {
        for (const a of ['aria-label', 'title', 'alt', 'aria-description', 'aria-roledescription']) {
          const v = el.getAttribute(a);
          if (v) labels.push(v);
        }
      }
      const english = document.documentElement.lang.startsWith('en')
        ? []
        : [...document.querySelectorAll('body [lang^="en"]')].filter((e) => !e.parentElement.closest('[lang^="en"]'));
      const parts = {
        text: words.join(''),
        labels: labels.join('\n'),
        english: english.map((e) => e.outerHTML).join('\n'),
        englishCount: english.length,
        head: document.head.outerHTML,
      };
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
      return { text, parts, elements: document.getElementsByTagName('*').length, charts: [...charts.values()] };
    });
    const segment = (s) => ({ chars: [...s].length, bytes: utf8(s), gzip: s ? gz(s) : 0 });
    const parts = {
      text: segment(seen.parts.text),
      labels: segment(seen.parts.labels),
      english: { ...segment(seen.parts.english), count: seen.parts.englishCount },
      head: segment(seen.parts.head),
    };
    await page.close();
    const floorText = [seen.text, ...seen.charts.map(chartFloor)].join('\n');
    const floor = [gz(floorText), br(floorText)];

    // Unused CSS: one page load per width and colour scheme, used ranges merged.
    const runs = [];
    const printOnly = new Set();
    for (const width of cover ? [412, 1350] : []) {
      for (const colorScheme of ['light', 'dark']) {
        const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await p.coverage.startCSSCoverage();
        await p.goto(server.url + path.slice(1), { waitUntil: 'load' });
        runs.push(await p.coverage.stopCSSCoverage());
        const paper = await p.evaluate(() =>
          [...document.styleSheets].filter((s) => s.href && s.media.mediaText === 'print').map((s) => s.href),
        );
        for (const url of paper) printOnly.add(url);
        await p.close();
      }
    }
    const coverage = coverageShare(runs, printOnly);
    const unusedCss = !cover ? null : coverage.total ? 1 - coverage.used / coverage.total : 0;

    const bytes = { html: [0, 0, 0], css: [0, 0, 0], js: [0, 0, 0], font: [0, 0, 0], other: [0, 0, 0] };
    const fonts = new Set();
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
      const kinds = { document: 'html', stylesheet: 'css', script: 'js', font: 'font' };
      const kind = kinds[r.type] ?? 'other';
      if (kind === 'font') fonts.add(file);
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
    // A translated page takes its English page's class: /fr/ is a long read too.
    const budget = classify(englishPathOf(path), charts);

    const over = [];
    if (total[1] > budget.totalGzipKB * KB) over.push(`total ${kb(total[1])} KB > ${budget.totalGzipKB} KB`);
    if (ratio[0] > budgets.floorRatioMax) over.push(`shipped ÷ floor ${ratio[0].toFixed(2)} > ${budgets.floorRatioMax} (gzip)`);
    if (budget.elements && seen.elements > budget.elements) over.push(`${seen.elements} elements > ${budget.elements}`);
    if (unusedCss !== null && unusedCss > budgets.unusedCssMax)
      over.push(`unused CSS ${(unusedCss * 100).toFixed(0)}% > ${budgets.unusedCssMax * 100}%`);
    if (js[1] > budget.jsGzipKB * KB) over.push(`JS ${kb(js[1])} KB > ${budget.jsGzipKB} KB`);
    if (requests.length > budget.requests) over.push(`${requests.length} requests > ${budget.requests}`);
    for (const c of charts) {
      const limit = budgets.charts[c.chart]?.svgGzipKB;
      if (limit && c.gzip > limit * KB) over.push(`${c.chart} SVG ${kb(c.gzip)} KB > ${limit} KB`);
    }
    if (foreign.length) over.push(`requests to other hosts: ${foreign.join(' ')}`);
    for (const o of over) failures.push(`${path}: ${o}`);
    return {
      path,
      lang: languageOf(path),
      budget,
      html: bytes.html,
      css: bytes.css,
      font: bytes.font,
      fonts: [...fonts],
      parts,
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
    };
  }
}

const LANGS = ['en', ...TRANSLATIONS];

/** One table per language: every page's bytes, floor, elements, and its weight over English. */
function printPages(rows, vsEnglish) {
  const ratios = new Map(vsEnglish.map((v) => [v.path, v]));
  console.log(
    '\nSizes in KB (1024 bytes), gzip (level 6) unless marked br (the .br files the build writes); total = HTML+CSS+JS (fonts apart); JS includes inline scripts.',
  );
  console.log(
    'floor = visible text (closed details and note popovers included) + each chart once at its widest layout in whole pixels; unused CSS = Chromium coverage at 412 and 1,350 px, light and dark, merged (print-only sheets left out), on every English page and one page per template in each translation (– elsewhere).',
  );
  console.log(
    `÷EN = this page's total over its English counterpart's (gzip/brotli); budget: at most ${pct(1 + budgets.translations.overEnglishMax)} of English. text alone = the ÷EN the page would have if every byte but its visible text were English's (English's total + the gzip bytes by which its text outweighs English's, over English's total): over the budget, no work on markup, CSS or JS can bring the page within it.`,
  );
  const head = [
    'page',
    'class',
    'HTML',
    'CSS',
    'JS',
    'total',
    'total br',
    'budget',
    'floor',
    '÷floor',
    'elems',
    'unused CSS',
    'req',
    '÷EN',
    'text alone',
    '',
  ];
  for (const lang of LANGS) {
    const mine = rows.filter((r) => r.lang === lang);
    if (!mine.length) continue;
    const lines = mine.map((r) => {
      const v = ratios.get(r.path);
      return [
        r.path,
        r.budget.name,
        kb(r.html[1]),
        kb(r.css[1]),
        kb(r.js[1]),
        kb(r.total[1]),
        kb(r.total[2]),
        `${r.budget.totalGzipKB}`,
        kb(r.floor[0]),
        r.ratio[0].toFixed(2),
        `${r.elements}`,
        r.unusedCss === null ? '–' : pct(r.unusedCss),
        `${r.requests}`,
        v ? `${v.gzip.toFixed(3)}/${v.brotli.toFixed(3)}` : '',
        typeof v?.textAlone === 'number' ? v.textAlone.toFixed(3) : '',
        r.over.length || v?.over ? 'OVER' : 'ok',
      ];
    });
    const sum = (k, i) => mine.reduce((s, r) => s + r[k][i], 0);
    lines.push([
      `TOTAL (${mine.length} pages)`,
      '',
      kb(sum('html', 1)),
      kb(sum('css', 1)),
      kb(sum('js', 1)),
      kb(sum('total', 1)),
      kb(sum('total', 2)),
      '',
      kb(sum('floor', 0)),
      '',
      `${mine.reduce((s, r) => s + r.elements, 0)}`,
      '',
      `${mine.reduce((s, r) => s + r.requests, 0)}`,
      '',
      '',
      '',
    ]);
    console.log(`\n── ${lang} ──`);
    console.log(table(head, lines, 2));
  }
  const charts = rows.filter((r) => r.lang === 'en').flatMap((r) => r.charts.map((c) => `  ${r.path} ${c.chart}: ${pair(c.raw, c.gzip)}`));
  if (charts.length)
    console.log(`\nChart SVGs, English pages (raw/gzip KB; every language's are checked against the same budgets):\n${charts.join('\n')}`);
}

/**
 * Per language: all pages' weight over English's, the heaviest page, the Khmer font, and
 * where the bytes go (text, labels, English kept inside, the <head>), so a translated
 * page over budget can be explained by bytes.
 */
function printLanguages(rows, vsEnglish) {
  const { overEnglishMax, khmerFontGzipKB } = budgets.translations;
  const byLang = Object.fromEntries(LANGS.map((l) => [l, rows.filter((r) => r.lang === l)]));
  const sum = (rs, f) => rs.reduce((s, r) => s + f(r), 0);
  const en = byLang.en;
  const summary = LANGS.filter((l) => byLang[l].length).map((lang) => {
    const rs = byLang[lang];
    const mine = vsEnglish.filter((v) => languageOf(v.path) === lang);
    const worst = mine.sort((a, b) => b.gzip - a.gzip)[0];
    const fontFiles = [...new Set(rs.flatMap((r) => r.fonts))];
    const fontGz = sum(fontFiles, (f) => gz(readFileSync(join(out, f))));
    const t = (r) => r.total[1];
    return [
      lang,
      `${rs.length}`,
      kb(sum(rs, t)),
      kb(sum(rs, (r) => r.total[2])),
      lang === 'en' ? '' : (sum(rs, t) / sum(en, t)).toFixed(3),
      worst ? `${worst.gzip.toFixed(3)} ${worst.path}` : '',
      lang === 'en' ? '' : `${mine.filter((v) => v.over).length}`,
      lang === 'en' ? '' : `${mine.filter((v) => v.textAlone > 1 + overEnglishMax).length}`,
      `${rs.filter((r) => r.over.length).length}`,
      fontFiles.length ? `${kb(fontGz)} (${fontFiles.length} file, ${rs.filter((r) => r.fonts.length).length} pages)` : 'none',
    ];
  });
  console.log(
    `\nPer language (gzip KB, all pages; ÷EN over 1 + ${overEnglishMax} fails; the Khmer font apart, at most ${khmerFontGzipKB} KB gzip):`,
  );
  console.log(
    table(
      [
        'lang',
        'pages',
        'total',
        'total br',
        '÷EN all',
        'heaviest ÷EN (page)',
        'over ÷EN',
        'over by text alone',
        'over any budget',
        'fonts gz',
      ],
      summary,
      1,
    ),
  );

  const causes = LANGS.filter((l) => byLang[l].length).map((lang) => {
    const rs = byLang[lang];
    const p = (k, f) => sum(rs, (r) => r.parts[k][f]);
    const chars = p('text', 'chars');
    return [
      lang,
      `${chars}`,
      kb(p('text', 'bytes')),
      (p('text', 'bytes') / chars).toFixed(2),
      kb(p('text', 'gzip')),
      kb(p('labels', 'bytes')),
      kb(p('labels', 'gzip')),
      `${kb(p('english', 'bytes'))} (${p('english', 'count')})`,
      kb(p('english', 'gzip')),
      kb(p('head', 'gzip')),
      kb(sum(rs, (r) => r.html[1])),
      lang === 'en' ? '' : (sum(rs, (r) => r.html[1]) / sum(en, (r) => r.html[1])).toFixed(3),
    ];
  });
  console.log(
    "\nWhere the bytes go, all pages (KB; text = the body's text nodes; labels = aria-label, title, alt; lang=en = English elements inside a translated page, their HTML; gz per part, so parts do not add up to the page):",
  );
  console.log(
    table(
      [
        'lang',
        'text chars',
        'text UTF-8',
        'B/char',
        'text gz',
        'labels',
        'labels gz',
        'lang=en (elements)',
        'lang=en gz',
        'head gz',
        'HTML gz',
        'HTML ÷EN',
      ],
      causes,
      1,
    ),
  );

  const overs = vsEnglish.filter((v) => v.over);
  if (overs.length) {
    const byPath = new Map(rows.map((r) => [r.path, r]));
    console.log(`\nTranslated pages over ${pct(1 + overEnglishMax)} of English, by bytes (this page vs English, gzip KB unless marked):`);
    for (const v of overs) {
      const r = byPath.get(v.path);
      const e = v.english && byPath.get(v.english);
      if (!e) {
        console.log(`  ${v.path}: no English counterpart`);
        continue;
      }
      const d = (k) => signed(r[k][1] - e[k][1]);
      const part = (k) => `${kb(r.parts[k].gzip)} vs ${kb(e.parts[k].gzip)}`;
      console.log(
        `  ${v.path} ÷EN ${v.gzip.toFixed(3)}, by its text alone ${v.textAlone.toFixed(3)} (${signed(r.total[1] - e.total[1])}): HTML ${d('html')}, CSS ${d('css')}, JS ${d('js')}; ` +
          `text ${kb(r.parts.text.bytes)} KB UTF-8 for ${r.parts.text.chars} chars vs ${kb(e.parts.text.bytes)} for ${e.parts.text.chars}, gz ${part('text')}; ` +
          `labels gz ${part('labels')}; lang=en inside ${kb(r.parts.english.gzip)} (${r.parts.english.count} elements); head gz ${part('head')}`,
      );
    }
  }
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

/** The metrics Lighthouse's performance score is computed from: name → [audit id, unit]. */
const METRICS = {
  FCP: ['first-contentful-paint', 'ms'],
  LCP: ['largest-contentful-paint', 'ms'],
  TBT: ['total-blocking-time', 'ms'],
  CLS: ['cumulative-layout-shift', ''],
  SI: ['speed-index', 'ms'],
};
const LIGHTHOUSE_DIR = '.lighthouse';

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
      const metrics = Object.fromEntries(
        Object.entries(METRICS).map(([name, [id, unit]]) => [
          name,
          lhrs.map((lhr) =>
            unit === 'ms' ? Math.round(lhr.audits[id]?.numericValue ?? NaN) : Number((lhr.audits[id]?.numericValue ?? NaN).toFixed(3)),
          ),
        ]),
      );
      // Each run's whole report, to read which element is the LCP, what the main thread did, what shifted.
      mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
      lhrs.forEach((lhr, k) => writeFileSync(join(LIGHTHOUSE_DIR, `${path.replace(/\W+/g, '_')}${k + 1}.json`), JSON.stringify(lhr)));
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
      results.push({ path, all, metrics, time: seconds(t0) });
    }
  } finally {
    chrome.kill();
  }
  console.log(`\n${lighthouseLines(results, { runs: runCount, minScore, spreadWarn }).join('\n')}`);
  console.log(`  (metrics in ms, CLS unitless; each run's report in ${LIGHTHOUSE_DIR}/)`);
}

/** The Khmer font, apart from the pages' totals: each file a Khmer page loads, gzip, against its budget. */
function khmerFont(rows) {
  const limit = budgets.translations.khmerFontGzipKB;
  const files = new Set(rows.filter((r) => r.lang === 'km').flatMap((r) => r.fonts));
  const bytes = [...files].reduce((s, f) => s + gz(readFileSync(join(out, f))), 0);
  console.log(`\nKhmer font: ${[...files].join(', ') || 'none loaded'}: ${kb(bytes)} KB gzip (budget ${limit} KB)`);
  if (bytes > limit * KB) failures.push(`Khmer font ${kb(bytes)} KB gzip > ${limit} KB`);
}

async function build() {
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  // GNU time, where there is one, adds the build's CPU seconds: on a shared machine the
  // wall time says as much about the neighbours as about the build.
  const timed = existsSync('/usr/bin/time');
  const [cmd, args] = timed ? ['/usr/bin/time', ['-f', 'bench-cpu %U %S', 'astro', 'build']] : ['astro', ['build']];
  const built = await run(cmd, args, { env: { OUT_DIR: out, BASE_PATH: '/', SITE_URL: siteUrl }, quiet: true });
  if (built.code !== 0) {
    console.error(built.output);
    console.error(`✘ astro build failed (exit ${built.code})`);
    process.exit(1);
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  const buildTime = seconds(t0);
  const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(built.output);
  const languagesBuilt = ['en', ...TRANSLATIONS].filter((l) => l === 'en' || existsSync(join(out, l))).length;
  console.log(
    `Build of ${languagesBuilt} languages (fresh ${out}/, SITE_URL=${siteUrl}): ${buildTime} (budget ${budgets.buildSeconds} s)` +
      `${cpu ? `, CPU ${(Number(cpu[1]) + Number(cpu[2])).toFixed(1)} s` : ''}; load average ${loadavg()[0].toFixed(1)}`,
  );
  if (buildSeconds > budgets.buildSeconds) failures.push(`build of ${languagesBuilt} languages ${buildTime} > ${budgets.buildSeconds} s`);
}

const started = performance.now();
const chromePath = ensureChromium();
// A reused build keeps the port its SITE_URL was built with (its canonical links say which).
const reusedUrl =
  reuse && /<link rel="canonical" href="(http:\/\/127\.0\.0\.1:\d+)\//.exec(readFileSync(join(out, 'index.html'), 'utf8'))?.[1];
const port = reusedUrl ? Number(new URL(reusedUrl).port) : await freePort();
const siteUrl = `http://127.0.0.1:${port}`;

if (reuse) console.log(`Reusing ${out}/ (built for ${siteUrl}): no build time measured`);
else await build();

// Served as the hosts the README names serve the build (its precompressed brotli files,
// its _headers' caching): Lighthouse times the bytes on the wire.
// The host-side embed script NGOs load next to our iframes has its own budget.
const embedScript = gz(readFileSync(`${out}/embed.js`));
console.log(`embed.js (host script): ${kb(embedScript)} KB gzip (budget ${budgets.embedScriptGzipKB} KB)`);
if (embedScript > budgets.embedScriptGzipKB * KB) failures.push(`embed.js ${kb(embedScript)} KB gzip > ${budgets.embedScriptGzipKB} KB`);

const server = await startStaticServer(out, { port, host: true });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS });
try {
  const rows = await measurePages(server, browser);
  const vsEnglish = againstEnglish(rows, budgets.translations.overEnglishMax);
  for (const v of vsEnglish.filter((x) => x.over)) {
    failures.push(
      v.english
        ? `${v.path}: ${v.gzip.toFixed(3)} × its English page's weight (${v.english}) > ${(1 + budgets.translations.overEnglishMax).toFixed(2)}`
        : `${v.path}: no English counterpart to weigh it against`,
    );
  }
  khmerFont(rows);
  printPages(rows, vsEnglish);
  printLanguages(rows, vsEnglish);
  await measureEmbedHeights(server, browser);
  await browser.close();
  await runLighthouse(server, rows, chromePath);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

console.log(`\nBench total ${seconds(started)}.`);
if (failures.length) {
  console.error(`\n✘ ${failures.length} over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('✔ all pages within budget; all Lighthouse scores at or above the minimum');
