/**
 * What a translation must keep from the English (docs: content layout agreed with the
 * translators, L10N rules): every string key with the same {placeholders}, every content
 * file, entry id and MDX component prop; and what it must change: any prose still in
 * English. Pure functions over file texts, so they can be tested on small fixtures.
 */
import { parse } from 'yaml';
import { englishRuns } from '../strings/copy-scanner';

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree | null | undefined, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') flatten(v, key, out);
  }
  return out;
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const placeholders = (s: string) => [...s.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]).sort();

/**
 * Words a reader would take for English: two or more plain words in a row (the copy
 * scanner's rule), once placeholders, HTML tags and entities are out.
 */
export function englishIn(text: string): string[] {
  return englishRuns(
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/&\w+;/g, ' ')
      .replace(/\{[\w-]+\}/g, ' '),
  );
}

export interface Problem {
  where: string;
  what: string;
}

/**
 * A strings file against en.yaml: keys missing (plural keys per the language's CLDR
 * categories), placeholders changed, values left in English. `allowed` lists keys whose
 * English value is also right in the language (a name), with the reason.
 */
export function checkStrings(
  lang: string,
  en: string,
  own: string,
  allowed: Record<string, string> = {},
  englishOnly: Record<string, string> = {},
): Problem[] {
  const english = flatten(parse(en) as Tree);
  const translated = flatten(parse(own) as Tree);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const problems: Problem[] = [];
  const plural = new Set<string>();
  for (const [key, value] of english) {
    if (Object.keys(englishOnly).some((prefix) => key === prefix || key.startsWith(`${prefix}.`))) continue;
    const m = /^(.*)\.(zero|one|two|few|many|other)$/.exec(key);
    if (m && english.has(`${m[1]}.other`)) {
      if (plural.has(m[1])) continue;
      plural.add(m[1]);
      for (const c of categories) {
        const k = `${m[1]}.${c}`;
        const v = translated.get(k);
        if (v === undefined) problems.push({ where: k, what: `missing (plural category "${c}" of ${lang})` });
        else if (placeholders(v).join() !== placeholders(english.get(`${m[1]}.other`)!).join())
          problems.push({
            where: k,
            what: `placeholders ${placeholders(v)} differ from the English ${placeholders(english.get(`${m[1]}.other`)!)}`,
          });
      }
      continue;
    }
    const v = translated.get(key);
    if (v === undefined) {
      problems.push({ where: key, what: 'missing' });
      continue;
    }
    if (placeholders(v).join() !== placeholders(value).join()) {
      problems.push({
        where: key,
        what: `placeholders {${placeholders(v).join('}, {')}} differ from the English {${placeholders(value).join('}, {')}}`,
      });
    }
    if (v === value && englishIn(value).length && !(key in allowed)) problems.push({ where: key, what: `left in English: "${value}"` });
  }
  for (const key of translated.keys()) {
    const m = /^(.*)\.(zero|one|two|few|many|other)$/.exec(key);
    if (!english.has(key) && !(m && plural.has(m[1]) && CATEGORIES.includes(m[2]))) problems.push({ where: key, what: 'not in en.yaml' });
  }
  return problems;
}

/** Every MDX component with its props, as written: `<Fact id="x" />`, `<Cite keys={['a']} />`. */
export function componentProps(mdx: string): string[] {
  return (
    [...mdx.matchAll(/<(Fact|Cite|Term|Quote|Chart|Note|Correction|LongReadChart)\b([^>]*?)\/?>/g)]
      // A note's title is prose the reader sees, so it is translated like the text around it.
      .map(
        (m) =>
          `${m[1]} ${m[2]
            .replace(/\s+/g, ' ')
            .replace(/title="[^"]*"/, 'title="…"')
            .trim()}`,
      )
      .sort()
  );
}

const frontMatter = (mdx: string) => (parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') ?? {}) as Record<string, unknown>;

/** A translated MDX file against its English: same id, order, sources and charts; the same components with the same props; prose translated. */
export function checkMdx(where: string, en: string, own: string): Problem[] {
  const problems: Problem[] = [];
  const [a, b] = [frontMatter(en), frontMatter(own)];
  for (const key of ['id', 'order', 'sources', 'charts']) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) problems.push({ where, what: `front matter "${key}" differs from the English` });
  }
  for (const key of ['title', 'summary']) {
    if (a[key] !== undefined && a[key] === b[key] && englishIn(String(a[key])).length)
      problems.push({ where, what: `${key} left in English` });
  }
  // A paragraph of the English body found whole in the translation was not translated.
  const paragraphs = (mdx: string) =>
    mdx
      .replace(/^---\n[\s\S]*?\n---/, '')
      // MDX comments are notes for editors; no reader sees them.
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .split(/\n\s*\n/)
      .map((p) =>
        p
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((p) => englishIn(p).length && p.split(' ').length >= 8);
  const ownText = paragraphs(own).join('\n');
  const left = paragraphs(en).filter((p) => ownText.includes(p));
  if (left.length) problems.push({ where, what: `${left.length} paragraph(s) left in English, from "${left[0].slice(0, 60)}…"` });
  const [ca, cb] = [componentProps(en), componentProps(own)];
  const missing = ca.filter((c) => !cb.includes(c));
  const added = cb.filter((c) => !ca.includes(c));
  if (missing.length) problems.push({ where, what: `components missing or changed: ${missing.join('; ')}` });
  if (added.length) problems.push({ where, what: `components not in the English: ${added.join('; ')}` });
  return problems;
}

/**
 * A translated list file (glossary.yaml, quotes.yaml …) against its English: the same ids
 * in the same order, every kept field unchanged, each prose field translated.
 */
export function checkList(where: string, en: string, own: string, prose: readonly string[], required: readonly string[] = []): Problem[] {
  const english = (parse(en) ?? []) as Record<string, unknown>[];
  const translated = (parse(own) ?? []) as Record<string, unknown>[];
  const problems: Problem[] = [];
  const ids = (l: Record<string, unknown>[]) => l.map((e) => String(e.id)).join(', ');
  if (ids(english) !== ids(translated)) problems.push({ where, what: `ids differ from the English: ${ids(translated)}` });
  for (const e of english) {
    const t = translated.find((x) => x.id === e.id);
    if (!t) continue;
    for (const field of required) if (t[field] === undefined) problems.push({ where: `${where} ${String(e.id)}`, what: `no "${field}"` });
    for (const [field, value] of Object.entries(e)) {
      if (prose.includes(field)) {
        // Links ({label, url}): the labels are prose, the addresses stay.
        const urls = (v: unknown) =>
          Array.isArray(v) ? v.flatMap((x) => (typeof x === 'object' && x ? [(x as { url?: string }).url] : [])).join(' ') : '';
        if (urls(t[field]) !== urls(value))
          problems.push({ where: `${where} ${String(e.id)}`, what: `"${field}" addresses differ from the English` });
        const words = (v: unknown) =>
          Array.isArray(v)
            ? v.map((x) => (typeof x === 'object' && x ? String((x as { label?: string }).label) : String(x))).join(' ')
            : String(v);
        const text = words(value);
        const own = words(t[field]);
        if (own === text && englishIn(text).length)
          problems.push({ where: `${where} ${String(e.id)}`, what: `"${field}" left in English` });
      } else if (JSON.stringify(t[field]) !== JSON.stringify(value)) {
        problems.push({ where: `${where} ${String(e.id)}`, what: `"${field}" must stay as in the English` });
      }
    }
  }
  return problems;
}

/** A nested file (a classroom kit) against its English: the same shape; `keep` fields unchanged; every other string translated. */
export function checkTree(where: string, en: unknown, own: unknown, keep: readonly string[], path = ''): Problem[] {
  const at = path ? `${where} ${path}` : where;
  if (typeof en === 'string') {
    if (typeof own !== 'string') return [{ where: at, what: 'missing' }];
    return own === en && englishIn(en).length ? [{ where: at, what: 'left in English' }] : [];
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(own) || own.length !== en.length) return [{ where: at, what: `a list of ${en.length} in the English` }];
    return en.flatMap((item, k) => checkTree(where, item, own[k], keep, `${path}[${k}]`));
  }
  if (en && typeof en === 'object') {
    if (!own || typeof own !== 'object') return [{ where: at, what: 'missing' }];
    return Object.entries(en).flatMap(([k, v]) => {
      const o = (own as Record<string, unknown>)[k];
      if (keep.includes(k))
        return JSON.stringify(o) === JSON.stringify(v) ? [] : [{ where: `${at}.${k}`, what: 'must stay as in the English' }];
      return checkTree(where, v, o, keep, path ? `${path}.${k}` : k);
    });
  }
  return JSON.stringify(en) === JSON.stringify(own) ? [] : [{ where: at, what: 'must stay as in the English' }];
}
