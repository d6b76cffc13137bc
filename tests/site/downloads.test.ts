// The downloads under every chart, as a teacher or an NGO would use them: the links
// resolve, each CSV holds exactly the values the datasets give for what is drawn, the
// SVG stands alone, and the PNG is a real PNG at twice the SVG's size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { dom, fileFor, htmlFiles, site } from './dist';
import { CHART_IDS } from '../../src/charts/registry';
import { chartSpec } from '../../src/charts';
import { t } from '../../src/i18n';

const CHARTS = CHART_IDS;
const data = (file: string) => csvParse(readFileSync(join('content/data', file), 'utf8'));
const built = (file: string) => readFileSync(join(site.dir, file));
const csvOf = (chart: string) => csvParse(built(`data/${chart}.csv`).toString('utf8'));

/** The files the figure's download links point to, resolved in the build. */
async function downloads(chart: string): Promise<Record<string, string>> {
  const page = htmlFiles().find(
    (f) => f.startsWith('sections/') && readFileSync(join(site.dir, f), 'utf8').includes(`data-chart="${chart}"`),
  )!;
  const figure = (await dom(site, page)).querySelector(`figure[data-chart="${chart}"]`)!;
  const out: Record<string, string> = {};
  for (const a of figure.querySelectorAll('a[href]')) {
    const href = a.getAttributeValue('href')!;
    const ext = /\.(csv|svg|png|txt)$/.exec(href)?.[1];
    if (!ext) continue;
    const url = new URL(href, new URL(page.replace(/index\.html$/, ''), site.root));
    const found = fileFor(site, url.pathname.slice(site.basePath.length));
    if ('problem' in found) throw new Error(`${chart}: ${href}: ${found.problem}`);
    out[ext] = found.file;
  }
  return out;
}

describe.each(CHARTS)('downloads of %s', (chart) => {
  it('are linked from the figure and exist: CSV, SVG, PNG and a sources note', async () => {
    const files = await downloads(chart);
    expect(Object.keys(files).sort()).toEqual(['csv', 'png', 'svg', 'txt']);
    const note = built(files.txt).toString('utf8');
    expect(note).toMatch(/source/i);
    expect(note).toMatch(/as of/i);
  });

  it('offer a standalone SVG and a PNG at twice its size', async () => {
    const files = await downloads(chart);
    const svg = built(files.svg).toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<style');
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
    const [, w, h] = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg)!.map(Number);
    const png = built(files.png);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(Math.abs(png.readUInt32BE(16) - 2 * w)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.readUInt32BE(20) - 2 * h)).toBeLessThanOrEqual(1);
  });
});

describe('chart CSVs hold exactly the values drawn, as the datasets give them', () => {
  it('cambodia-casualties: every year 1979–2024, gaps left empty', () => {
    const rows = csvOf('cambodia-casualties');
    const source = data('casualties/cambodia_casualties.csv');
    expect(rows.map((r) => r.year)).toEqual(source.map((r) => r.year));
    for (const [k, r] of rows.entries()) {
      for (const col of ['killed', 'injured', 'total']) expect(r[col], `${r.year} ${col}`).toBe(source[k][col]);
      expect(r.drawn_as === 'gap (no data)', `${r.year} drawn as a gap`).toBe(source[k].total === '');
    }
  });

  it('global-casualties: the yearly series with 2024 as the latest, and the 2023 breakdown', () => {
    const rows = csvOf('global-casualties');
    const perYear = rows.filter((r) => r.view === 'per year');
    const series = data('casualties/global_by_year.csv');
    const latest = data('casualties/global_2024.csv').find((m) => m.metric === 'total_casualties_2024')!.value;
    expect(perYear.map((r) => [r.label, r.casualties])).toEqual([...series.map((r) => [r.year, r.casualties]), ['2024', latest]]);
    const m2023 = new Map(data('casualties/global_2023.csv').map((m) => [m.metric, m.value]));
    const outcome = Object.fromEntries(rows.filter((r) => r.view === '2023 by outcome').map((r) => [r.label, r.casualties]));
    expect(outcome).toEqual({
      killed: m2023.get('killed_2023'),
      injured: m2023.get('injured_2023'),
      unknown: m2023.get('unknown_survival_status_2023'),
      total: m2023.get('total_casualties_2023'),
    });
    const top = rows.filter((r) => r.view === '2023 top countries');
    expect(top).toHaveLength(10);
    for (const r of top) expect(m2023.get(`country_${r.label.replace(/ /g, '_')}`), r.label).toBe(r.casualties);
  });

  it('membership-map: every state in membership.csv with its dates', () => {
    const rows = csvOf('membership-map');
    const source = data('membership/membership.csv');
    expect(rows.map((r) => r.iso3).sort()).toEqual(source.map((r) => r.iso3).sort());
    for (const r of rows) {
      const s = source.find((x) => x.iso3 === r.iso3)!;
      expect([r.signed, r.joined, r.join_type], r.iso3).toEqual([s.signed, s.joined, s.join_type]);
      const mapped = { state_party: 'state_party', signatory_not_ratified: 'signatory', not_party: 'not_party' } as Record<string, string>;
      expect([mapped[s.status], s.status], r.iso3).toContain(r.status_2024_12_31);
    }
  });

  it('membership-timeline: a step at every deposit and withdrawal date, counting up to the published totals', () => {
    const rows = csvOf('membership-timeline');
    const members = data('membership/membership.csv');
    const withdrawals = data('membership/withdrawals.csv');
    const dates = new Set([...members.map((m) => m.joined), ...withdrawals.map((w) => w.effective_date)].filter(Boolean));
    expect(new Set(rows.map((r) => r.date))).toEqual(dates);
    for (const r of rows) {
      const joined = members.filter((m) => m.joined && m.joined <= r.date).length;
      const left = withdrawals.filter((w) => w.effective_date && w.effective_date <= r.date).length;
      expect(Number(r.states_parties), r.date).toBe(joined - left);
    }
    const counts = data('membership/counts_by_year.csv');
    for (const c of counts) {
      const last = rows.filter((r) => r.date <= `${c.year}-12-31`).at(-1)!;
      expect(last.states_parties, `31 Dec ${c.year}`).toBe(c.net_states_parties_31dec);
    }
  });
});

describe.each(CHARTS)('the image downloads of %s carry their credit', (chart) => {
  // A chart image travels without its page: like OWID's exports it says what it is, whose
  // numbers it draws, as of when, under which licence, and where it comes from.
  it('title, takeaway, source line, as-of date, CC BY 4.0 and the site name and address', async () => {
    const files = await downloads(chart);
    const svg = built(files.svg).toString('utf8');
    const visible = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    const spec = chartSpec(chart);
    const words = (s: string) => s.replace(/&/g, '&amp;').split(/\s+/);
    for (const w of [...words(spec.title), ...words(spec.takeaway)]) expect(visible, `${chart}: "${w}" in the image`).toContain(w);
    expect(visible).toContain('Source:');
    expect(visible).toContain(t.format.asOf(spec.source.asOf));
    expect(visible).toContain('CC BY 4.0');
    expect(visible).toContain(t('site.name'));
    expect(visible).toContain(site.root.href);
  });
});
