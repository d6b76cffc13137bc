/**
 * Every chart drawn in every language: a translated page must not show an
 * English word from the chart strings, an English-formatted number or an
 * English country name. The translators' files are not in yet, so the words
 * come from a pseudo-French strings file made here from en.yaml (every letter
 * accented, placeholders kept): any English left means a string bypassed t().
 * Numbers, dates and country names are the real French ones (Intl and
 * i18n-iso-countries do not wait for translators).
 */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = '', out = new Map<string, string>()) => {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
};
const english = flatten(parse(readFileSync('content/strings/en.yaml', 'utf8')) as Tree);

const ACCENT: Record<string, string> = Object.fromEntries([...'aeoucnyAEOUCNY'].map((c, k) => [c, [...'àéöûçñÿÀÉÖÛÇÑŸ'][k]]));
/** "States Parties ({count})" → "Ştàtéş Pàrtîéş ({count})": same length, no English word left. */
const pseudo = (s: string) =>
  s
    .split(/(\{[\w-]+\}|<[^>]+>)/)
    .map((part, k) => (k % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENT[c] ?? (c === 's' ? 'ş' : c === 't' ? 'ţ' : c))))
    .join('');
const french = new Map([...english].map(([k, v]) => [k, pseudo(v)]));

// The site's t() reads content/strings/<lang>.yaml at build time; here French reads the pseudo strings.
vi.mock('../../../src/i18n', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/i18n')>();
  const { formatter } = await import('../../../src/format');
  const fr = ((key: string, vars?: Record<string, string | number>) =>
    real.fill(fr.raw(key), vars, key)) as import('../../../src/i18n').Translate;
  fr.raw = (key) => french.get(key) ?? real.t.raw(key);
  fr.all = (prefix) => Object.fromEntries(Object.entries(real.t.all(prefix)).map(([k]) => [k, fr.raw(`${prefix}.${k}`)]));
  fr.lang = 'fr';
  fr.format = formatter(real.LANGUAGES.fr.intl);
  fr.plural = (key, count, vars) => fr(`${key}.${fr.format.plural(count)}`, vars);
  return { ...real, useTranslations: (lang: import('../../../src/i18n').Lang = 'en') => (lang === 'fr' ? fr : real.useTranslations(lang)) };
});

const { CHART_IDS, chartSpec, downloadSvg, sidecarText } = await import('../../../src/charts');
const { exploreTree } = await import('../../../src/charts/kit/explore');
const { useTranslations } = await import('../../../src/i18n');
const { LAYOUTS } = await import('../../../src/charts/kit/layout');
const { countryName } = await import('../../../src/charts/kit/countries');
const { datasets } = await import('../../../src/charts/kit/spec');

const NNBSP = '\u202f';
/** Drawing a chart in a new language lays out every label (and the map) again: seconds on a busy machine. */
const SLOW = 60_000;
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** What a reader sees or hears of an SVG: its text nodes, title, desc and tooltips. */
const svgText = (svg: string) =>
  [...svg.matchAll(/>([^<>]+)</g), ...svg.matchAll(/data-tip="([^"]*)"/g)].map((m) => unescape(m[1])).join('\n');

/** Source titles, credits and as-of notes stay as datasets.yaml (or its translators' copy) gives them: not chart strings. */
const withoutDatasetWords = (line: string) =>
  datasets.flatMap((d) => [d.title, d.credit, d.asOf, d.upstream]).reduce((text, words) => text.split(words).join(''), line);

function everything(id: (typeof CHART_IDS)[number], lang: 'fr' | 'en') {
  const spec = chartSpec(id, lang);
  const tree = JSON.stringify(exploreTree(spec, useTranslations(lang)));
  return [
    spec.title,
    spec.takeaway,
    spec.desc,
    ...spec.notes,
    ...spec.tables.flatMap((t) => [t.caption, ...t.columns.map((c) => c.label), ...t.rows.flat().map(String)]),
    ...LAYOUTS.map((l) => svgText(spec.svg(l.name))),
    svgText(downloadSvg(id, 'https://example.org/', undefined, lang)),
    sidecarText(id, 'https://example.org/#chart', 'https://example.org/sources/', lang),
    tree,
  ]
    .join('\n')
    .split('\n')
    .map(withoutDatasetWords)
    .join('\n');
}

/** English phrases of the chart strings: the runs of text between placeholders with two words or more. */
const CHART_KEYS = /^(charts|figure|status|map|explore|no-data|embed\.(panel-title|export))\b/;
const phrases = [...english]
  .filter(([k]) => CHART_KEYS.test(k))
  .flatMap(([, v]) => v.split(/\{[\w-]+\}|<[^>]+>/))
  .map((p) => p.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
  .filter((p) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(p));

describe.each(CHART_IDS)('%s in French', (id) => {
  const fr = everything(id, 'fr');

  it('shows no English phrase from the chart strings', () => {
    expect(phrases.length).toBeGreaterThan(100);
    const left = phrases.filter((p) => fr.includes(p));
    expect(left).toEqual([]);
  });

  it(
    'differs from English only by language: the English edition is unchanged',
    () => {
      expect(chartSpec(id).svg('l')).toBe(chartSpec(id, 'en').svg('l'));
      expect(chartSpec(id, 'fr').svg('l')).not.toBe(chartSpec(id).svg('l'));
    },
    SLOW,
  );
});

describe('French numbers, dates and country names', () => {
  it(
    'groups thousands with a narrow no-break space, never a comma',
    () => {
      const cambodia = everything('cambodia-casualties', 'fr');
      const { num } = useTranslations('fr').format;
      expect(num(19834)).toBe(`19${NNBSP}834`);
      expect(cambodia).toContain(`5${NNBSP}000`); // the axis tick
      expect(cambodia).not.toMatch(/\d,\d{3}\b/);
      expect(everything('global-casualties', 'fr')).not.toMatch(/\d,\d{3}\b/);
      expect(everything('cambodia-casualties', 'en')).toMatch(/\d,\d{3}\b/);
    },
    SLOW,
  );

  it(
    'writes month names and dates in French on the axes and in the words',
    () => {
      const clock = chartSpec('withdrawal-clock', 'fr').svg('l');
      expect(svgText(clock)).toMatch(/\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? 2025/);
      expect(svgText(clock)).not.toMatch(/\b(Jan|Feb|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2025/);
      expect(svgText(chartSpec('membership-timeline', 'fr').svg('l'))).toContain('juil. 2025');
      expect(chartSpec('membership-map', 'fr').title).toMatch(
        /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
      );
    },
    SLOW,
  );

  it(
    "names states in French from i18n-iso-countries, on the map, in tables and on the global chart's bars",
    () => {
      const global = chartSpec('global-casualties', 'fr');
      const bars = svgText(global.svg('l'));
      for (const name of ['Syrie', 'Éthiopie', 'Irak']) expect(bars).toContain(name);
      expect(bars).not.toContain('Ethiopia');
      expect(global.tables[1].rows.map((r) => r[0])).toContain('3. Afghanistan');

      const map = chartSpec('membership-map', 'fr');
      const mapText = svgText(map.svg('l'));
      expect(mapText).toContain('Cambodge');
      // A state's tooltip carries its name; the page script adds the status it shows.
      expect(map.svg('l')).toContain('data-tip="Royaume-Uni"');
      expect(mapText).not.toContain('United Kingdom');
      const states = map.tables[0].rows.map((r) => String(r[0]));
      expect(states).toContain('Allemagne');
      // Alphabetical as a French reader expects: Égypte among the E's, not after Z.
      expect(states.indexOf('Égypte')).toBeLessThan(states.indexOf('Espagne'));

      expect(everything('withdrawal-clock', 'fr')).toContain('Lituanie');
      expect(everything('membership-timeline', 'fr')).toContain('Lettonie');
    },
    SLOW,
  );

  it('keeps the dataset name where the table has none, and English as the dataset writes it', () => {
    expect(countryName('SYR', 'en')).toBe('Syrian Arab Republic');
    expect(countryName('SYR', 'km')).toBe('សាធារណរដ្ឋស៊ីរី');
    expect(countryName('XKX', 'fr', 'Kosovo')).toBe('Kosovo');
  });

  it('keeps the CSV as data: English column names and the source values', () => {
    expect(chartSpec('global-casualties', 'fr').csv.split('\r\n')[0]).toBe(chartSpec('global-casualties').csv.split('\r\n')[0]);
    expect(chartSpec('membership-map', 'fr').csv).toContain('GBR,United Kingdom');
  });
});

describe.each(['es', 'uk', 'km'] as const)('every chart in %s', (lang) => {
  it(
    'draws at every layout, its numbers in the language and its states named in it',
    () => {
      for (const id of CHART_IDS) {
        const spec = chartSpec(id, lang);
        for (const l of LAYOUTS) expect(spec.svg(l.name)).toContain('<svg');
        expect(downloadSvg(id, 'https://example.org/', undefined, lang)).toContain(spec.title);
      }
      const cambodia = svgText(chartSpec('cambodia-casualties', lang).svg('l'));
      expect(cambodia).toContain(useTranslations(lang).format.num(5000));
      expect(svgText(chartSpec('membership-map', lang).svg('l'))).toContain(countryName('KHM', lang));
    },
    SLOW,
  );
});

describe('a translation longer than the English', () => {
  it(
    'gets a taller chart, never a missing label',
    async () => {
      const { cambodiaCasualties } = await import('../../../src/charts/cambodia-casualties/geometry');
      const { cambodiaCasualties: years } = await import('../../../src/data');
      const input = (statement: string[]) => ({
        years,
        statement: { year: 1996, value: 4300, lines: statement },
        cumulative: { lines: ['1979–2024'] },
        insetFrom: 2010,
      });
      const short = cambodiaCasualties(input(['PM: 4,300']), 480);
      // Sixteen lines of statement do not fit beside the 1996 bar at the English height.
      const long = cambodiaCasualties(input(Array.from({ length: 16 }, (_, k) => `Une ligne de déclaration ${k}`)), 480);
      expect(long.height).toBeGreaterThan(short.height);
      expect(long.main.labels[0].lines).toHaveLength(16);
    },
    SLOW,
  );

  it('still stops the build on an error that is not about room', async () => {
    const { growing } = await import('../../../src/charts/kit/layout');
    let tries = 0;
    expect(() =>
      growing(() => {
        tries++;
        throw new Error('data: bad row');
      }),
    ).toThrow('bad row');
    expect(tries).toBe(1);
  });
});
