// The sitemap lists exactly the pages a reader can land on: every built page except
// embeds (iframe-only, noindex) and the 404 page, at its public URL with the base.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPathOf, fileFor, htmlFiles, is404, isEmbed, publicUrl, site, sitePathOf, TRANSLATIONS } from './dist';

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

/** The file a public URL on the site maps to, or a thrown error saying why not. */
function fileOfUrl(url: string): string {
  const u = new URL(url);
  if (u.origin !== site.root.origin || !u.pathname.startsWith(site.basePath)) {
    throw new Error(`${url} is not below the site root ${site.root.href}`);
  }
  const target = fileFor(site, u.pathname.slice(site.basePath.length));
  if ('problem' in target) throw new Error(`${url}: ${target.problem}`);
  return target.file;
}

describe(`sitemap of ${site.dir}`, () => {
  const index = readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = locs(index);

  it('sitemap-index.xml names at least one sitemap, all in the build', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const url of sitemaps) expect(fileOfUrl(url)).toMatch(/\.xml$/);
  });

  it('lists every non-embed, non-404 page, and nothing else', () => {
    const listed = sitemaps.flatMap((url) => locs(readFileSync(join(site.dir, fileOfUrl(url)), 'utf8')));
    const expected = htmlFiles()
      .map(sitePathOf)
      .filter((p) => !isEmbed(p) && !is404(p))
      .map((p) => publicUrl(site, p).href);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size, 'a URL is listed twice').toBe(listed.length);
  });

  it('names, for every page, the same page in every language (hreflang)', () => {
    const xml = sitemaps.map((url) => readFileSync(join(site.dir, fileOfUrl(url)), 'utf8')).join('\n');
    for (const entry of xml.split('<url>').slice(1)) {
      const loc = locs(entry)[0];
      const english = englishPathOf(new URL(loc).pathname.slice(site.basePath.length - 1));
      const alternates = new Map([...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      expect(alternates.get('en'), loc).toBe(publicUrl(site, english).href);
      for (const lang of TRANSLATIONS) expect(alternates.get(lang), `${loc} in ${lang}`).toBe(publicUrl(site, `/${lang}${english}`).href);
    }
  });
});
