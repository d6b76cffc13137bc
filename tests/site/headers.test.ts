// dist/_headers as Cloudflare Pages reads it: every rule whose path matches applies, in
// file order; "! Name" removes what an earlier rule set; a header set twice is joined
// with a comma. The test resolves the headers a visitor gets for real and missing paths.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dom, htmlFiles, site, sitePathOf, TRANSLATIONS } from './dist';

interface Rule {
  path: string;
  set: [string, string][];
  unset: string[];
}

const text = readFileSync(join(site.dir, '_headers'), 'utf8');
const rules: Rule[] = text
  .split(/\n\n/)
  .map((block) => block.split('\n').filter((l) => l.trim() && !l.startsWith('#')))
  .filter((lines) => lines.length > 0)
  .map(([path, ...lines]) => ({
    path,
    set: lines
      .filter((l) => !l.trim().startsWith('!'))
      .map(
        (l) =>
          l
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
    unset: lines.filter((l) => l.trim().startsWith('!')).map((l) => l.trim().slice(1).trim().toLowerCase()),
  }));

const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(path);

/** The headers a host following Cloudflare Pages' rules sends for `path`. */
function headersFor(path: string): Map<string, string> {
  const out = new Map<string, string>();
  const set = new Set<string>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      out.set(key, set.has(key) && out.has(key) ? `${out.get(key)}, ${value}` : value);
      set.add(key);
    }
  }
  return out;
}

const metaPolicyOf = async (file: string) =>
  (await dom(site, file))
    .querySelector('meta[http-equiv="content-security-policy"]')!
    .getAttributeValue('content')!
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/;\s*$/, '');

/** The CSP hashes a page needs: one per inline <script> (no src) and <style>, over its exact text. */
const inlineHashesOf = (file: string) => {
  const html = readFileSync(join(site.dir, file), 'utf8');
  return new Set(
    [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
      .filter((m) => !(m[1] === 'script' && /\bsrc=|\btype="(?!module"|text\/javascript")/.test(m[2])))
      .map((m) => `'sha256-${createHash('sha256').update(m[3]).digest('base64')}'`),
  );
};
/** The meta policy with only the hashes the page uses (the header need not list the whole build's). */
const pagePolicyOf = async (file: string) => {
  const used = inlineHashesOf(file);
  return (await metaPolicyOf(file)).replace(/ ('sha256-[^']+')/g, (all, hash: string) => (used.has(hash) ? all : ''));
};

/** A page of a translation (fr/, es/ …): its language's rules carry its policy (integrations/host-headers.mjs). */
const TRANSLATION = new RegExp(`^(${TRANSLATIONS.join('|')})/`);

describe('host headers (dist/_headers)', () => {
  it("stay within Cloudflare Pages' limits: 100 rules, 2,000 characters a line", () => {
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const [k, line] of text.split('\n').entries()) expect(line.length, `_headers line ${k + 1}`).toBeLessThanOrEqual(2000);
  });

  it("give every page its <meta> tag's policy, with the hashes of the page's own inline code, plus frame-ancestors", async () => {
    for (const file of htmlFiles()) {
      if (file === '404.html' || TRANSLATION.test(file)) continue;
      const path = site.basePath + sitePathOf(file).slice(1);
      const csp = headersFor(path).get('content-security-policy');
      const ancestors = file.startsWith('embed/') && file !== 'embed/index.html' ? '*' : "'self'";
      expect(csp, path).toBe(`${await pagePolicyOf(file)}; frame-ancestors ${ancestors}`);
      // Every inline script and style the page carries is allowed by the header too.
      for (const hash of inlineHashesOf(file)) expect(csp, `${path}: ${hash}`).toContain(hash);
      expect(csp).not.toContain("'unsafe-inline'");
    }
  }, 30_000);

  it("give a translated page its <meta> tag's policy, allowing only its language's own inline code, plus frame-ancestors", async () => {
    const translated = htmlFiles().filter((f) => TRANSLATION.test(f));
    const byLang = new Map<string, Set<string>>();
    for (const file of translated) {
      const lang = file.split('/')[0];
      if (!byLang.has(lang)) byLang.set(lang, new Set());
      for (const h of inlineHashesOf(file)) byLang.get(lang)!.add(h);
    }
    // Directive by directive, hashes aside: the language's rule joins its pages' policies.
    const noHashes = (p: string) =>
      p
        .replace(/ 'sha256-[^']+'/g, '')
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .join('; ');
    for (const file of translated) {
      const path = site.basePath + sitePathOf(file).slice(1);
      const csp = headersFor(path).get('content-security-policy')!;
      const embed = /^[^/]+\/embed\/[^/]+\//.test(file);
      expect(csp, path).toMatch(new RegExp(`; frame-ancestors ${embed ? '\\*' : "'self'"}$`));
      const policy = csp.replace(/; frame-ancestors [^;]+$/, '');
      expect(noHashes(policy), path).toBe(noHashes(await metaPolicyOf(file)));
      for (const hash of inlineHashesOf(file)) expect(csp, `${path}: ${hash}`).toContain(hash);
      for (const hash of policy.match(/'sha256-[^']+'/g) ?? [])
        expect(byLang.get(file.split('/')[0])!.has(hash), `${path}: ${hash} is no page's of its language`).toBe(true);
      expect(csp).not.toContain("'unsafe-inline'");
      expect(headersFor(path).get('cache-control'), path).toBe('public, max-age=300, must-revalidate');
    }
    const csv = headersFor(`${site.basePath}fr/data/membership-map.csv`);
    expect(csv.get('content-security-policy')).toBeUndefined();
    expect(csv.get('cache-control')).toBe('public, max-age=3600');
    expect(headersFor(`${site.basePath}fr/embed/membership-map/oembed.json`).get('access-control-allow-origin')).toBe('*');
  }, 60_000);

  it("give a page that does not exist the 404 page's policy, frame-ancestors and security headers", async () => {
    const missing = headersFor(`${site.basePath}no-such-page/`);
    expect(missing.get('content-security-policy')).toBe(`${await pagePolicyOf('404.html')}; frame-ancestors 'self'`);
    expect(missing.get('x-content-type-options')).toBe('nosniff');
    expect(missing.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(missing.get('permissions-policy')).toContain('camera=()');
  });

  it('send the security headers on every path, and no page policy on downloads and assets', () => {
    for (const path of [
      `${site.basePath}`,
      `${site.basePath}data/files/membership/membership.csv`,
      `${site.basePath}charts/membership-map.svg`,
      `${site.basePath}_astro/x.js`,
    ]) {
      expect(headersFor(path).get('x-content-type-options'), path).toBe('nosniff');
    }
    const csv = headersFor(`${site.basePath}data/files/membership/membership.csv`);
    expect(csv.get('content-security-policy')).toBeUndefined();
    expect(csv.get('access-control-allow-origin')).toBe('*');
    expect(headersFor(`${site.basePath}charts/membership-map.svg`).get('cache-control')).toBe('public, max-age=3600');
    expect(headersFor(`${site.basePath}_astro/x.js`).get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
