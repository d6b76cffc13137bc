/** What every chart's markup promises: accessible name and description, no style attributes, stable ids. */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_SPECS, standaloneSvg } from '../../../src/charts';
import { lightTheme, resolveVars, standaloneCss } from '../../../src/charts/kit/standalone';
import { LAYOUTS } from '../../../src/charts/kit/layout';
import { readFileSync } from 'node:fs';

const globalCss = readFileSync('src/styles/global.css', 'utf8');

const inline = (id: (typeof CHART_IDS)[number]) =>
  id === 'membership-map' ? [CHART_SPECS[id].svg('l')] : LAYOUTS.map((l) => CHART_SPECS[id].svg(l.name));

describe.each(CHART_IDS)('%s markup', (id) => {
  it('is an img named by its <title> and described by its <desc>', () => {
    for (const svg of inline(id)) {
      const root = /<svg [^>]*>/.exec(svg)![0];
      expect(root).toContain('role="img"');
      expect(root).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
      const [titleId, descId] = /aria-labelledby="([^" ]+) ([^"]+)"/.exec(root)!.slice(1);
      expect(svg).toMatch(new RegExp(`<title id="${titleId}">[^<]{20,}</title>`));
      expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]{150,}</desc>`));
    }
  });

  it('has no style attributes and no ids repeated across its layouts', () => {
    const all = inline(id).join('');
    expect(all).not.toMatch(/\sstyle="/);
    const ids = [...all.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of ids) expect(i.startsWith(id)).toBe(true);
  });

  it('is deterministic and rounds coordinates', () => {
    expect(inline(id)).toEqual(inline(id));
    expect(inline(id).join('')).not.toMatch(/\d\.\d{2,}/);
  });

  it('has a standalone file with its size, namespace and light colours inline', () => {
    const svg = standaloneSvg(id);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<svg [^>]*width="[\d.]+" height="[\d.]+"/);
    expect(svg).toContain('<style>');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('<rect class="bg"');
  });

  it('describes the extremes in its <desc> and names its data in the CSV', () => {
    const spec = CHART_SPECS[id];
    expect(spec.desc).toMatch(/\d/);
    const lines = spec.csv.trimEnd().split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    const width = lines[0].split(',').length;
    for (const line of lines) expect(line.replace(/"[^"]*"/g, '').split(',').length).toBe(width);
  });
});

describe('standalone CSS', () => {
  it('takes the light theme values from global.css', () => {
    const vars = lightTheme(globalCss);
    expect(vars.get('--color-party')).toMatch(/^#[0-9a-f]{6}$/i);
    expect(standaloneCss).toContain(`fill:${vars.get('--color-party')}`);
    expect(() => resolveVars('a{fill:var(--no-such-colour)}', vars)).toThrow(/--no-such-colour/);
  });
});

describe('CSV downloads hold exactly what is plotted', () => {
  it('Cambodia: one row per year, empty where there is no data', () => {
    const rows = CHART_SPECS['cambodia-casualties'].csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 46);
    expect(rows.find((r) => r.startsWith('1985,'))).toMatch(/^1985,,,,gap \(no data\),/);
    expect(rows.find((r) => r.startsWith('1996,'))).toMatch(/^1996,,,4127,total only,/);
    expect(rows.find((r) => r.startsWith('2024,'))).toMatch(/^2024,12,37,49,killed \+ injured,/);
  });

  it('global: 1999–2024 with 2002 and 2005 empty, and 2024 from the 2024 file', () => {
    const csv = CHART_SPECS['global-casualties'].csv;
    expect(csv).toContain('per year,2002,,no data');
    expect(csv).toContain('per year,2024,6279,latest');
    expect(csv).toContain('2023 by outcome,unknown,111,');
  });

  it('map: every state once', () => {
    const rows = CHART_SPECS['membership-map'].csv.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(197);
    expect(rows.find((r) => r.startsWith('UKR,'))).toContain('state_party');
  });
});

describe('source keys', () => {
  it('are read from the data, ignoring comments in parentheses', async () => {
    const { sourceKeys } = await import('../../../src/charts/kit/spec');
    expect(
      sourceKeys([
        'CD2001_CMVIS (peak year; PM Hun Manet 2024 speech)',
        'LM2004_KHM; CD2004_CMVIS2003 (identical)',
        'NOT FOUND in stored sources',
        'XINHUA_2025_01 (newkerala); de.helm.news',
      ]),
    ).toEqual(['CD2001_CMVIS', 'LM2004_KHM', 'CD2004_CMVIS2003', 'XINHUA_2025_01']);
    expect(CHART_SPECS['cambodia-casualties'].source.keys).not.toContain('PM');
  });
});
