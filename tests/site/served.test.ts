// The build as a browser gets it over HTTP, mounted at its base (so the /mine-ban/
// build really lives under /mine-ban/ and nothing answers at /): every page answers
// 200, and so does every same-site URL a page refers to, without a redirect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs';
import { dom, htmlFiles, site, sitePathOf } from './dist';
import { refsOf } from './links';

let server: StaticServer;
const statuses = new Map<string, Promise<number>>();
beforeAll(async () => {
  server = await startStaticServer(site.dir, { base: site.basePath });
});
afterAll(() => server?.close());

const statusOf = (url: string) => {
  let status = statuses.get(url);
  if (!status) {
    status = fetch(url, { redirect: 'manual' }).then((r) => r.status);
    statuses.set(url, status);
  }
  return status;
};

describe(`${site.dir} served at ${site.basePath}`, () => {
  it('answers at the base only', async () => {
    expect(await statusOf(server.url)).toBe(200);
    if (site.basePath !== '/') expect(await statusOf(server.origin + '/')).toBe(404);
  });

  it.each(htmlFiles())('%s and everything it refers to answer 200', async (file) => {
    const pageUrl = new URL(sitePathOf(file).slice(1), server.url);
    expect(await statusOf(pageUrl.href)).toBe(200);
    const bad: string[] = [];
    for (const ref of refsOf(await dom(site, file))) {
      if (!ref.raw || /^(data|mailto|tel|javascript):/i.test(ref.raw)) continue;
      let url: URL;
      try {
        url = new URL(ref.raw, pageUrl);
      } catch {
        continue; // links.test.ts reports invalid URLs
      }
      // Absolute URLs on the public site (canonical, og:) are fetched from the local server.
      if (url.origin === site.root.origin) url = new URL(url.pathname + url.search, server.origin);
      if (url.origin !== server.origin) continue;
      url.hash = '';
      const status = await statusOf(url.href);
      if (status !== 200) bad.push(`${status} ${ref.where}="${ref.raw}"`);
    }
    expect(bad, `references in ${file} that do not answer 200 at ${site.basePath}`).toEqual([]);
  });
});
