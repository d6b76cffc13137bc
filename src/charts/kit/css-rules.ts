/**
 * The rules of the shared chart stylesheet (src/components/charts/chart-svg.css) that a
 * page's drawings use, so a page carries no other chart's marks. That file holds plain
 * rules only (no at-rules), each selector a chain of classes under .chart-svg, so a rule
 * is used when every class one of its selectors names is on some element of the drawings.
 * Classes a script adds later (the tooltip's .active) are not in the drawings: their rules
 * live with the script (src/styles/chart-states.css).
 */

/** Every class on an element of the markup. */
export function classesIn(markup: string): Set<string> {
  return new Set([...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/).filter(Boolean)));
}

/** One rule per entry: its selector list and the whole rule's text. */
export function plainRules(css: string): { selectors: string[]; text: string }[] {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (/@/.test(flat)) throw new Error('chart CSS: plain rules only, no at-rules');
  return [...flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: m[1].split(',').map((s) => s.trim()),
    text: `${m[1].trim()}{${m[2].trim()}}`,
  }));
}

/** The classes a selector needs, e.g. ".chart-svg .map-c path" -> chart-svg, map-c. */
const classesOf = (selector: string) => [...selector.matchAll(/\.((?:\\.|[\w-])+)/g)].map((m) => m[1]);

/** The rules of `css` that some element carrying `classes` can match, in their order. */
export function rulesUsedBy(css: string, classes: Set<string>): string {
  return plainRules(css)
    .filter((r) => r.selectors.some((s) => classesOf(s).every((c) => classes.has(c))))
    .map((r) => r.text)
    .join('');
}
