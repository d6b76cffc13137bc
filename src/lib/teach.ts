/**
 * The classroom kits: their labels (content/teach/ui.yaml), figures written as
 * {fact-id} in the teaching copy, and the glossary terms a section uses.
 */
import { parse } from 'yaml';
import uiYaml from '../../content/teach/ui.yaml?raw';
import { fact, formatFact } from '../facts';

export type TeachUi = Record<string, string>;
export const ui: TeachUi = parse(uiYaml);

/** A label from content/teach/ui.yaml, with {name} slots filled from `values`. */
export function label(key: string, values: Record<string, string | number> = {}): string {
  const text = ui[key];
  if (text === undefined) throw new Error(`content/teach/ui.yaml has no label "${key}"`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`label "${key}": no value for {${name}}`);
    return String(values[name]);
  });
}

/**
 * Teaching copy with its figures filled in: "{global-peak}" becomes the figure
 * src/facts.ts computes, with its hedge ("about", "more than"), as <Fact> shows it.
 */
export function withFacts(text: string): string {
  return text.replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => {
    const f = fact(id);
    const hedge =
      f.unit !== 'date' && f.qualifier === 'approx' ? 'about ' : f.unit !== 'date' && f.qualifier === 'more-than' ? 'more than ' : '';
    return `${hedge}${formatFact(f)}`;
  });
}

/** Glossary ids a section's MDX marks with <Term id="…">, in order of first use. */
export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]))];
}
