// What an NGO pasting our embed code relies on, checked in the built site: the embed
// pages, their oEmbed files, the embed dialogs on the site, and the published datasets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles, dom, fileFor, htmlFiles, publicUrl, site, sitePathOf } from './dist';
import { CHART_IDS } from '../../src/charts/registry';

const CHARTS = CHART_IDS;
const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');
const fileAt = (url: string) => {
  const u = new URL(url);
  expect(u.origin + '/', `${url} is on the site`).toBe(new URL('/', site.root).href);
  expect(u.pathname.startsWith(site.basePath), `${url} is under the base`).toBe(true);
  const found = fileFor(site, u.pathname.slice(site.basePath.length));
  if ('problem' in found) throw new Error(`${url}: ${found.problem}`);
  return found.file;
};

describe.each(CHARTS)('embed of %s', (chart) => {
  const file = `embed/${chart}/index.html`;

  it('is a bare, unindexed page that links back to the section that places the chart', async () => {
    const root = await dom(site, file);
    expect(root.querySelector('meta[name="robots"]')?.getAttributeValue('content')).toBe('noindex');
    expect(root.querySelector('.site-header'), 'no site chrome').toBeNull();
    expect(root.querySelectorAll(`figure[data-chart="${chart}"]`)).toHaveLength(1);
    const canonical =
      root.querySelector('link[rel="canonical"]')!.getAttributeValue('content') ??
      root.querySelector('link[rel="canonical"]')!.getAttributeValue('href')!;
    expect(canonical).toMatch(/\/sections\/[a-z-]+\/$/);
    const section = await dom(site, fileAt(canonical));
    expect(section.querySelectorAll(`figure[data-chart="${chart}"]`), 'the section shows the same chart').toHaveLength(1);
    const back = root.querySelectorAll('a[target="_top"]').map((a) => a.getAttributeValue('href'));
    expect(back).toContain(canonical);
  });

  it('advertises a prebuilt oEmbed file whose snippet is the one the site offers', async () => {
    const root = await dom(site, file);
    const link = root.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    const json = JSON.parse(read(fileAt(link.getAttributeValue('href')!)));
    expect(Object.keys(json).sort()).toEqual(['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
    expect(json.version).toBe('1.0');
    expect(json.type).toBe('rich');
    expect(json.provider_url).toBe(site.root.href);
    const iframe = /<iframe ([^>]*)><\/iframe>/.exec(json.html)![1];
    expect(iframe).toContain(`src="${publicUrl(site, `/embed/${chart}/`).href}"`);
    expect(iframe).toMatch(/ title="[^"]{10,}"/);
    expect(iframe).toContain('width="100%"');
    expect(iframe).toContain(`height="${json.height}"`);
    expect(iframe).toContain('loading="lazy"');
    expect(json.html).toContain(`<script src="${publicUrl(site, '/embed.js').href}" async></script>`);
    fileAt(publicUrl(site, '/embed.js').href);
  });
});

describe('embed dialogs on the site', () => {
  it('sit under every chart outside the embed pages, offering that chart', async () => {
    let charts = 0;
    for (const file of htmlFiles().filter((f) => !sitePathOf(f).startsWith('/embed/'))) {
      const root = await dom(site, file);
      for (const figure of root.querySelectorAll('figure[data-chart]')) {
        charts++;
        const chart = figure.getAttributeValue('data-chart')!;
        const dialog = figure.querySelector(`details[data-embed-dialog]#embed-${chart}`);
        expect(dialog, `${file}: embed dialog for ${chart}`).not.toBeNull();
        expect(dialog!.querySelector('textarea[readonly]')!.textContent).toContain(`/embed/${chart}/`);
      }
    }
    expect(charts, 'charts found on the site').toBeGreaterThanOrEqual(CHARTS.length * 2);
  });
});

describe('published datasets', () => {
  it('are byte-identical to content/data', () => {
    const published = allFiles().filter((f) => f.startsWith('data/files/') && !/\.(br|gz)$/.test(f));
    expect(published.length).toBeGreaterThanOrEqual(10);
    for (const f of published) {
      expect(readFileSync(join(site.dir, f)).equals(readFileSync(join('content/data', f.slice('data/files/'.length)))), f).toBe(true);
    }
  });
});
