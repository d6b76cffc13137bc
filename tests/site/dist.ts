/**
 * A built site on disk: its files, pages, parsed DOMs, and how a public URL maps to a
 * file. `site` is the one under test: DIST_DIR, built for BASE_PATH and SITE_URL (as in
 * astro.config.mjs); scripts/test.mjs sets them, and run alone the defaults match what
 * `npm test` builds (.test-dist/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { englishPathOf } from '../../scripts/lib/languages.mjs';

export interface Site {
  dir: string;
  /** "/" or "/mine-ban/" */
  basePath: string;
  /** Public site root with the base, e.g. http://localhost:4321/mine-ban/ */
  root: URL;
}

export function siteAt(dir: string, basePathEnv = '/', siteUrlEnv = 'http://localhost:4321'): Site {
  const trimmed = basePathEnv.replace(/^\/+|\/+$/g, '');
  const basePath = trimmed ? `/${trimmed}/` : '/';
  return { dir: resolve(dir), basePath, root: new URL(basePath, siteUrlEnv) };
}

export const site = siteAt(process.env.DIST_DIR || '.test-dist', process.env.BASE_PATH, process.env.SITE_URL);

/** Every file in the build, relative, with forward slashes, sorted. */
export function allFiles(s: Site = site): string[] {
  if (!existsSync(join(s.dir, 'index.html'))) {
    throw new Error(`No built site at ${s.dir} (index.html missing): build first, or set DIST_DIR.`);
  }
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(s.dir, full).split(sep).join('/'));
    }
  };
  walk(s.dir);
  return out.sort();
}

export const htmlFiles = (s: Site = site): string[] => allFiles(s).filter((f) => f.endsWith('.html'));

/** "sections/x/index.html" → "/sections/x/"; "404.html" → "/404.html" (site path, no base). */
export const sitePathOf = (file: string): string => '/' + file.replace(/(^|\/)index\.html$/, '$1');

// The translations' folders and a page's English path: one list, shared with the slow gates.
export { englishPathOf, TRANSLATIONS } from '../../scripts/lib/languages.mjs';

/** /embed/<chart>/ pages (bare, iframe-only, noindex) in any language; /embed/ itself is a normal page. */
export const isEmbed = (sitePath: string) => /^\/embed\/[^/]+\//.test(englishPathOf(sitePath));
export const is404 = (sitePath: string) => ['/404.html', '/404/'].includes(englishPathOf(sitePath));

/** Public URL of a site path, with the base. */
export const publicUrl = (s: Site, sitePath: string): URL => new URL(sitePath.replace(/^\//, ''), s.root);

let parser: Parser | undefined;
const parsed = new Map<string, HtmlElement>();

/** Parsed DOM of a file in the build (html-validate's parser: no extra dependency). */
export async function dom(s: Site, file: string): Promise<HtmlElement> {
  const key = join(s.dir, file);
  let root = parsed.get(key);
  if (!root) {
    parser ??= new Parser(await new HtmlValidate().getConfigFor('page.html'));
    root = parser.parseHtml(readFileSync(key, 'utf8'));
    parsed.set(key, root);
  }
  return root;
}

/**
 * The file a path below the base names, as a static host with trailingSlash 'always'
 * serves it: "x/" → x/index.html, "a.csv" → a.csv, "x" (a directory) → a problem.
 */
export function fileFor(s: Site, pathBelowBase: string): { file: string } | { problem: string } {
  let rel = pathBelowBase.replace(/^\/+/, '');
  try {
    rel = decodeURIComponent(rel);
  } catch {
    return { problem: 'malformed percent-encoding' };
  }
  if (rel === '' || rel.endsWith('/')) {
    const file = rel + 'index.html';
    return isFile(join(s.dir, file)) ? { file } : { problem: `no ${file} in the build` };
  }
  const full = join(s.dir, rel);
  if (isFile(join(full, 'index.html'))) return { problem: 'link to a directory without its trailing slash' };
  return isFile(full) ? { file: rel } : { problem: `no ${rel} in the build` };
}

function isFile(path: string) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
