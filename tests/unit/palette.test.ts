/**
 * One meaning per colour: a reader who learns that a colour means "killed" in one
 * chart must not meet it as "latest year" or "State Party" in another. The design
 * tokens (src/styles/global.css @theme) are the only colours; each has its own
 * value in both themes, the chart rules use each data colour for one meaning, and
 * docs/palette.md says what each means.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const globalCss = readFileSync('src/styles/global.css', 'utf8');
// The rules every chart shares, and each chart's own marks (src/charts/<id>/chart.css): a
// category's colour must stay unique across all of them, wherever a rule lives.
const chartCss = ['src/components/charts/chart-svg.css', ...chartFolders().map((id) => `src/charts/${id}/chart.css`)]
  .filter((file) => existsSync(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const paletteDoc = readFileSync('docs/palette.md', 'utf8');

const theme = /@theme[^{]*\{([^}]*)\}/.exec(globalCss)![1].replace(/\/\*[\s\S]*?\*\//g, '');
const colours = [...theme.matchAll(/--color-([\w-]+)\s*:\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi)].map(
  ([, name, light, dark]) => ({
    name,
    light: light.toLowerCase(),
    dark: dark.toLowerCase(),
  }),
);

/** Chart classes (rule selector → the one colour token it paints with). */
const chartRules = [...chartCss.matchAll(/\.chart-svg\s+([^{]+)\{([^}]*)\}/g)].flatMap(([, selectors, body]) => {
  const token = /(?:fill|stroke):\s*var\(--color-([\w-]+)\)/.exec(body)?.[1];
  return token ? selectors.split(',').map((s) => ({ selector: s.trim().replace(/^\.chart-svg\s+/, ''), token })) : [];
});

/** Classes that fill a data category: bars, areas, map statuses. */
const CATEGORY = /^\.(f|s)-[\w-]+$/;
/** Two names for one meaning: a stacked total is drawn as the sum of its parts. */
const SAME_MEANING = [['.f-total', '.f-sum']];

function chartFolders(): string[] {
  return readdirSync('src/charts', { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'kit')
    .map((e) => e.name);
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the palette', () => {
  it('defines every colour once, light and dark, in @theme', () => {
    expect(colours.length).toBeGreaterThanOrEqual(15);
    expect(theme).toContain('--color-*: initial');
    // A colour token that is not light-dark() would be a colour with one theme.
    expect(theme.match(/--color-[\w-]+\s*:/g)!.length).toBe(colours.length);
  });

  it('gives no two tokens the same colour, in either theme', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const seen = new Map<string, string>();
      for (const c of colours) {
        expect(seen.get(c[scheme]), `${scheme} ${c[scheme]} is both --color-${seen.get(c[scheme])} and --color-${c.name}`).toBeUndefined();
        seen.set(c[scheme], c.name);
      }
    }
  });

  it('paints each data category with its own colour', () => {
    const categories = chartRules.filter((r) => CATEGORY.test(r.selector));
    expect(categories.map((r) => r.selector)).toEqual(
      expect.arrayContaining(['.f-killed', '.f-injured', '.f-latest', '.f-withdrawn', '.s-p', '.s-n']),
    );
    const byToken = new Map<string, string[]>();
    for (const r of categories) byToken.set(r.token, [...(byToken.get(r.token) ?? []), r.selector]);
    for (const [token, selectors] of byToken) {
      const synonyms = SAME_MEANING.some((group) => selectors.every((s) => group.includes(s)));
      expect(selectors.length === 1 || synonyms, `--color-${token} means ${selectors.join(' and ')}`).toBe(true);
    }
  });

  it('leaves no colour outside the tokens in the chart, component and page styles', () => {
    const sources = [
      ...files('src/components', /\.(astro|css)$/),
      ...files('src/layouts', /\.astro$/),
      ...files('src/pages', /\.astro$/),
      ...files('src/charts', /\.(ts|css)$/),
    ];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const styles = file.endsWith('.astro') ? [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') : text;
      expect(styles.match(/#[0-9a-f]{3,8}\b(?![\w-])|\brgba?\(|\bhsla?\(/gi), file).toBeNull();
      for (const [, name] of styles.matchAll(/var\(--color-([\w-]+)\)/g)) {
        expect(
          colours.some((c) => c.name === name),
          `${file}: --color-${name} is not a token`,
        ).toBe(true);
      }
    }
  });

  it('is documented: docs/palette.md names every colour and its meaning', () => {
    for (const c of colours) {
      expect(paletteDoc, c.name).toContain(`--color-${c.name}`);
      expect(paletteDoc, c.name).toContain(c.light);
      expect(paletteDoc, c.name).toContain(c.dark);
    }
  });
});
