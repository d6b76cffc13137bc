/**
 * The link and anchor checker. For one built page it lists every URL the page refers
 * to (links, assets, srcset, SVG <use>, canonical/Open Graph URLs, refresh), resolves
 * each against the page's public URL, and reports what a reader or browser would hit:
 * a missing file, a missing #fragment in the target page, a path outside the base,
 * a directory link without its trailing slash, or an asset on another host.
 * Works on disk (no server), so it sees every page, orphans included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { dom, fileFor, publicUrl, sitePathOf, type Site } from './dist';

export interface Ref {
  where: string;
  raw: string;
  /** Navigation may leave the site; assets and metadata URLs may not. */
  mayBeExternal: boolean;
}

const NAV_ATTRS: [string, string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['form', 'action'],
];
const ASSET_ATTRS: [string, string][] = [
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['input', 'src'],
  ['use', 'href'],
  ['use', 'xlink:href'],
  ['image', 'href'],
  ['image', 'xlink:href'],
];
const SRCSETS: [string, string][] = [
  ['img', 'srcset'],
  ['source', 'srcset'],
];
const META_URLS = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'og:video', 'og:audio'];

export function refsOf(root: HtmlElement): Ref[] {
  const refs: Ref[] = [];
  const add = (el: HtmlElement, attr: string, raw: string, mayBeExternal: boolean) =>
    refs.push({ where: `<${el.tagName} ${attr}>`, raw: raw.trim(), mayBeExternal });
  for (const [tag, attr] of [...NAV_ATTRS, ...ASSET_ATTRS]) {
    const external = NAV_ATTRS.some(([t, a]) => t === tag && a === attr);
    for (const el of root.querySelectorAll(tag)) {
      const value = el.getAttributeValue(attr);
      if (value !== null) add(el, attr, value, external);
    }
  }
  for (const [tag, attr] of SRCSETS) {
    for (const el of root.querySelectorAll(tag)) {
      const value = el.getAttributeValue(attr);
      if (value === null) continue;
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) add(el, attr, url, false);
      }
    }
  }
  for (const el of root.querySelectorAll('meta')) {
    const key = el.getAttributeValue('property') ?? el.getAttributeValue('name') ?? '';
    const content = el.getAttributeValue('content');
    if (content !== null && META_URLS.includes(key)) add(el, `content (${key})`, content, false);
    if ((el.getAttributeValue('http-equiv') ?? '').toLowerCase() === 'refresh' && content) {
      const m = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if (m) add(el, 'content (refresh)', m[1], false);
    }
  }
  return refs;
}

/** Ids a #fragment may name in a page: id attributes and <a name>. */
async function anchorsOf(site: Site, file: string): Promise<Set<string>> {
  const root = await dom(site, file);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.id ?? '');
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttributeValue('name') ?? '');
  return ids;
}

/** Ids in a standalone SVG file, for links such as chart.svg#legend. */
function svgIds(site: Site, file: string): Set<string> {
  const text = readFileSync(join(site.dir, file), 'utf8');
  return new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
}

/**
 * Resolve one URL found in `fromUrl` (a public URL on the site) and say what is wrong
 * with it, or null. Shared by pages and stylesheets.
 */
export async function problemWith(site: Site, fromUrl: URL, raw: string, mayBeExternal: boolean): Promise<string | null> {
  if (raw === '') return 'empty URL';
  if (/^(mailto|tel):/i.test(raw)) return mayBeExternal ? null : 'mailto:/tel: where a resource is expected';
  if (/^data:/i.test(raw)) return null;
  if (/^javascript:/i.test(raw)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(raw, fromUrl);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== site.root.origin) {
    if (!/^https?:$/.test(url.protocol)) return `unexpected scheme ${url.protocol}`;
    return mayBeExternal ? null : `resource on another host (${url.host}): nothing may load from a third party`;
  }
  if (raw.startsWith('#') && raw.length === 1) return 'empty fragment "#"';
  if (!url.pathname.startsWith(site.basePath)) return `outside the base ${site.basePath} (resolves to ${url.pathname})`;
  const target = fileFor(site, url.pathname.slice(site.basePath.length));
  if ('problem' in target) return target.problem;
  if (!url.hash || url.hash === '#') return null;
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'malformed fragment';
  }
  if (target.file.endsWith('.html')) {
    if ((await anchorsOf(site, target.file)).has(fragment)) return null;
    return `no id="${fragment}" in ${target.file}`;
  }
  if (target.file.endsWith('.svg')) {
    return svgIds(site, target.file).has(fragment) ? null : `no id="${fragment}" in ${target.file}`;
  }
  return null;
}

/** Every problem with the URLs in one built page, as readable lines. */
export async function pageProblems(site: Site, file: string): Promise<string[]> {
  const root = await dom(site, file);
  const from = publicUrl(site, sitePathOf(file));
  const problems: string[] = [];
  for (const ref of refsOf(root)) {
    const problem = await problemWith(site, from, ref.raw, ref.mayBeExternal);
    if (problem) problems.push(`${ref.where}="${ref.raw}": ${problem}`);
  }
  return problems;
}

/** url(...) and @import references in a built stylesheet. */
export async function stylesheetProblems(site: Site, file: string): Promise<string[]> {
  const css = readFileSync(join(site.dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const from = publicUrl(site, '/' + file);
  const urls = [
    ...[...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]),
    ...[...css.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => m[1]),
  ];
  const problems: string[] = [];
  for (const raw of urls) {
    // url(#id) points into the document using the stylesheet (SVG filters, markers).
    if (raw.startsWith('#')) continue;
    const problem = await problemWith(site, from, raw, false);
    if (problem) problems.push(`url(${raw}): ${problem}`);
  }
  return problems;
}
