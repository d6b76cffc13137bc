// Every URL in every built page (orphans included) and every stylesheet resolves:
// files exist, #fragments exist in their target page, nothing leaves the base path,
// and no asset comes from another host. Run for the default build and for the
// BASE_PATH=/mine-ban/ build (scripts/test.mjs sets DIST_DIR and BASE_PATH).
import { describe, expect, it } from 'vitest';
import { allFiles, htmlFiles, site } from './dist';
import { pageProblems, stylesheetProblems } from './links';

describe(`links and anchors in ${site.dir} (base ${site.basePath})`, () => {
  const pages = htmlFiles();

  it('has pages to check', () => {
    expect(pages).toContain('index.html');
  });

  // Generous: the home page has hundreds of references and the machine may be busy.
  it.each(pages)(
    '%s',
    async (file) => {
      expect(await pageProblems(site, file), `broken references in ${file}`).toEqual([]);
    },
    30_000,
  );

  it.each(allFiles().filter((f) => f.endsWith('.css')))('stylesheet %s', async (file) => {
    expect(await stylesheetProblems(site, file), `broken url() in ${file}`).toEqual([]);
  });

  it('robots.txt points at a sitemap that exists', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)/im.exec(robots)?.[1];
    expect(sitemap, 'robots.txt names no Sitemap').toBeTruthy();
    expect(new URL(sitemap!).href.startsWith(site.root.href), `${sitemap} is not below ${site.root.href}`).toBe(true);
    const { problemWith } = await import('./links');
    expect(await problemWith(site, site.root, sitemap!, false)).toBeNull();
  });
});
