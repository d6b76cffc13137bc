import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import countryCodes from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import { membership } from '../../../src/data';
import { DEFAULT_INDEX, MAP_DATES, mapGeometry, membershipMapSpec } from '../../../src/charts/membership-map/spec';
import { DOT_SHAPE, dotPath, reshape } from '../../../src/charts/membership-map/dot-shapes';
import { STATUS_CODE } from '../../../src/charts/membership-map/svg';
import { standaloneSvg } from '../../../src/charts';

const worldIds = new Set(
  (world as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries.geometries.map((g) => g.id),
);
const drawnByAtlas = membership.members.filter((m) => worldIds.has(countryCodes.alpha3ToNumeric(m.iso3)));

describe('membership map', () => {
  it('colours every state in membership.csv that world-atlas draws', () => {
    expect(drawnByAtlas.length).toBeGreaterThan(150);
    const drawn = new Map(mapGeometry.countries.map((c) => [c.iso3, c]));
    for (const m of drawnByAtlas) {
      const c = drawn.get(m.iso3);
      expect(c, m.name).toBeDefined();
      expect(c!.d.length, m.name).toBeGreaterThan(10);
      expect(c!.statuses).toHaveLength(MAP_DATES.length);
    }
    const svg = membershipMapSpec.svg('l');
    const statusPaths = svg.match(/<path d="[^"]+" class="mark s-[pswn]" data-s="[pswn]+"/g) ?? [];
    expect(statusPaths).toHaveLength(drawnByAtlas.length);
  });

  it('lists the states it cannot draw (too small at 110m), and only those', () => {
    const undrawn = mapGeometry.undrawn.map((u) => u.iso3).sort();
    const expected = membership.members
      .filter((m) => !drawnByAtlas.includes(m))
      .map((m) => m.iso3)
      .sort();
    expect(undrawn).toEqual(expected);
    expect(undrawn).toEqual(expect.arrayContaining(['AND', 'MCO', 'SGP', 'TON', 'MHL']));
    // Those the finer atlas has are drawn as dots; the note names the rest as not shown.
    const dotNote = membershipMapSpec.notes.find((n) => n.includes('shown as dots'))!;
    const restNote = membershipMapSpec.notes.find((n) => n.includes('not shown')) ?? '';
    expect(mapGeometry.dots.length).toBeGreaterThanOrEqual(30);
    for (const u of mapGeometry.undrawn) {
      const dot = mapGeometry.dots.some((d) => d.iso3 === u.iso3);
      expect(dot ? dotNote : restNote, u.name).toContain(u.name);
    }
    const svg = membershipMapSpec.svg('l');
    for (const d of mapGeometry.dots) expect(svg).toContain(`data-tip="${d.name}"`);
  });

  it("draws each small state's dot in its status's own shape, and the legend shows the four shapes", () => {
    expect(new Set(Object.values(DOT_SHAPE)).size).toBe(4);
    expect(Object.keys(DOT_SHAPE).sort()).toEqual(Object.values(STATUS_CODE).sort());
    const svg = membershipMapSpec.svg('l');
    for (const d of mapGeometry.dots) {
      const code = STATUS_CODE[d.statuses[DEFAULT_INDEX]];
      expect(svg, d.name).toContain(`<path d="${dotPath(code, d.x, d.y)}" class="mark s-${code} dot"`);
    }
    expect(reshape(dotPath('p', 10, 20.5), 'w')).toBe(dotPath('w', 10, 20.5));
    const legend = standaloneSvg('membership-map').split('</g>').pop()!;
    for (const code of Object.values(STATUS_CODE))
      expect(legend, code).toMatch(
        new RegExp(`<path d="M[\\d.]+ [\\d.]+${DOT_SHAPE[code].replace(/[.]/g, '\\.')}" class="s-${code} dot"/>`),
      );
  });

  it('names the areas it draws without a status', () => {
    const names = mapGeometry.territories.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['Greenland', 'Kosovo', 'W. Sahara', 'Taiwan', 'N. Cyprus', 'Somaliland', 'Falkland Is.']),
    );
    const note = membershipMapSpec.notes.find((n) => n.startsWith('Drawn without a status'))!;
    for (const n of names) expect(note).toContain(n);
    expect(note).toContain('Antarctica');
  });

  it('shows today by default, and the statuses the data give at each date', () => {
    const status = (iso3: string, date: string) =>
      mapGeometry.countries.find((c) => c.iso3 === iso3)!.statuses[MAP_DATES.findIndex((d) => d.date === date)];
    expect(MAP_DATES[DEFAULT_INDEX].label).toMatch(/^Latest \(/);
    const today = MAP_DATES[DEFAULT_INDEX].date;
    expect(status('USA', today)).toBe('not_party');
    expect(status('RUS', today)).toBe('not_party');
    expect(status('UKR', today)).toBe('state_party');
    expect(status('KHM', today)).toBe('state_party');
    expect(status('FIN', today)).toBe('withdrawn');
    expect(status('FIN', '2024-12-31')).toBe('state_party');
    expect(status('POL', '2025-12-31')).toBe('state_party');
    expect(status('EST', '2025-12-31')).toBe('withdrawn');
    expect(status('FRA', '1997-12-31')).toBe('signatory');
  });

  it('fits the inline map in 60 KB gzipped', () => {
    expect(gzipSync(membershipMapSpec.svg('l')).length).toBeLessThanOrEqual(60 * 1024);
  });
});
