// What an NGO pasting our embed code relies on, checked in the built site: the embed
// pages, their oEmbed files, the embed dialogs on the site, and the published datasets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles, dom, englishPathOf, fileFor, htmlFiles, publicUrl, site, sitePathOf } from './dist';
import { CHART_IDS } from '../../src/charts/registry';
import { chartSpec } from '../../src/charts';
import { EMBEDS, offeredEmbeds } from '../../src/lib/embeds';
import { t } from '../../src/i18n';

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
    for (const file of htmlFiles().filter((f) => !englishPathOf(sitePathOf(f)).startsWith('/embed/'))) {
      const root = await dom(site, file);
      for (const figure of root.querySelectorAll('figure[data-chart]')) {
        charts++;
        const chart = figure.getAttributeValue('data-chart')!;
        let dialog = figure.querySelector(`details[data-embed-dialog]#embed-${chart}`);
        let holder = root;
        if (englishPathOf(sitePathOf(file)) === '/') {
          // The long read links to the dialog on the section's page instead of repeating it.
          const link = figure.querySelectorAll('.embed-elsewhere a').find((a) => a.getAttributeValue('href')!.endsWith(`#embed-${chart}`));
          expect(link, `${file}: link to the embed dialog for ${chart}`).toBeDefined();
          expect(dialog, `${file}: no second copy of the dialog`).toBeNull();
          const [path] = link!.getAttributeValue('href')!.split('#');
          const found = fileFor(site, path.slice(site.basePath.length));
          if ('problem' in found) throw new Error(`${path}: ${found.problem}`);
          holder = await dom(site, found.file);
          dialog = holder.querySelector(`details[data-embed-dialog]#embed-${chart}`);
        }
        expect(dialog, `${file}: embed dialog for ${chart}`).not.toBeNull();
        expect(dialog!.querySelector('textarea[readonly]')!.textContent).toContain(`/embed/${chart}/`);
        // Its "Cite this chart" leads to the chart's one citation box, beside the dialog, not a second copy inside it.
        expect(dialog!.querySelector(`a[href="#cite-${chart}"]`), `${file}: cite link in the dialog for ${chart}`).not.toBeNull();
        expect(holder.querySelector(`details.cite-chart#cite-${chart}`), `${file}: citation box for ${chart}`).not.toBeNull();
        expect(dialog!.querySelectorAll('.citation'), `${file}: no citations inside the dialog`).toHaveLength(0);
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

describe.each(EMBEDS.map((e) => [e.key, e] as const))('compact embed %s', (_, embed) => {
  const file = `${embed.path}index.html`;

  it('shows title, takeaway and chart, with one footer line: source, data, image, explainer', async () => {
    const root = await dom(site, file);
    expect(root.querySelector('.figure-title')!.textContent).toContain(chartSpec(embed.chart).title);
    const line = root.querySelector('.embed-line')!;
    expect(line.textContent).toMatch(/^Source: /);
    const links = line.querySelectorAll('a');
    expect(links.map((a) => a.childNodes[0].textContent.trim())).toEqual(['Get the data', 'Download image', 'Full explainer']);
    fileAt(links[0].getAttributeValue('href')!);
    expect(links[1].getAttributeValue('href')).toMatch(new RegExp(`/charts/${embed.key}\\.png$`));
    fileAt(links[1].getAttributeValue('href')!);
    expect(links[2].getAttributeValue('target')).toBe('_top');
  });

  it('keeps notes, links to every data table and the full source list behind the footer, closed', async () => {
    const root = await dom(site, file);
    const drawer = root.querySelector('details.embed-more')!;
    expect(drawer.hasAttribute('open')).toBe(false);
    // The tables themselves live on the section's page (each weighs more than the drawing).
    expect(root.querySelectorAll('table')).toHaveLength(0);
    const links = drawer.querySelectorAll('.chart-data-link a').map((a) => new URL(a.getAttributeValue('href')!));
    const spec = chartSpec(embed.chart);
    expect(links.map((u) => u.hash.slice(1))).toEqual(spec.tables.map((t) => t.id));
    for (const u of links) {
      const section = await dom(site, fileAt(u.href.split('#')[0]));
      const table = section.querySelector(`table[id="${u.hash.slice(1)}"]`);
      expect(table, `${u.href} holds the table`).not.toBeNull();
      expect(table!.querySelectorAll('td').length, `${u.href} holds values`).toBeGreaterThan(0);
    }
    expect(root.querySelector('.chart-foot'), 'no open foot under the chart').toBeNull();
    expect(root.querySelector('details.embed-more')!.textContent).toContain(t.format.asOf(chartSpec(embed.chart).source.asOf));
  });

  it('has its own oEmbed file naming its own frame', async () => {
    const json = JSON.parse(read(`${embed.path}oembed.json`));
    expect(json.html).toContain(`data-mbt-embed="${embed.key}"`);
    expect(json.html).toContain(`src="${publicUrl(site, `/${embed.path}`).href}"`);
    if (embed.panel) expect(json.height, 'fits the compact embed at 640 px and wider').toBe(650);
  });
});

describe('the embed dialog offers the options an editor expects', () => {
  it('theme, plain, transparent and static, and each panel of a multi-panel chart', async () => {
    const root = await dom(site, 'sections/global-toll/index.html');
    const dialog = root.querySelector('details[data-embed-dialog]#embed-global-casualties')!;
    const boxes = dialog.querySelectorAll('input[type="checkbox"]').map((i) => i.getAttributeValue('name'));
    expect(boxes).toEqual(['plain', 'transparent', 'static']);
    const parts = dialog.querySelectorAll('input[data-part]').map((i) => i.getAttributeValue('value'));
    expect(parts).toEqual(offeredEmbeds('global-casualties').map((e) => e.key));
    expect(parts).toHaveLength(3);
    expect(dialog.querySelector('textarea')!.textContent).toContain('/embed/global-casualties/panel-1/');
    for (const option of ['transparent=1', 'static=1', 'theme=dark', 'plain=1']) expect(dialog.textContent).toContain(option);
  });
});

describe('the embed gallery', () => {
  it('shows every offered embed as a preview image with its title and code, and the footer links to it', async () => {
    const root = await dom(site, 'embed/index.html');
    for (const chart of CHARTS) {
      for (const e of offeredEmbeds(chart)) {
        const img = root.querySelectorAll('img').find((i) => i.getAttributeValue('src')!.endsWith(`/charts/${e.key}.png`));
        expect(img, `${e.key} preview`).not.toBeNull();
        expect(img!.getAttributeValue('alt')).toContain(e.title);
        expect(img!.closest('li')!.textContent).toContain(e.title);
      }
      expect(root.querySelector(`#embed-${chart} textarea`), `${chart} code`).not.toBeNull();
    }
    const home = await dom(site, 'index.html');
    expect(home.querySelectorAll('footer a').some((a) => /\/embed\/$/.test(a.getAttributeValue('href') ?? ''))).toBe(true);
  });
});
