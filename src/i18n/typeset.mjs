// French typesetting the translators leave to us (L10N.md: "just write normal spaces"):
// a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before :
// and inside « », so the mark never starts a line. Done here, at build time, rather than
// in the files: the translators keep typing plain spaces, and one rule serves the
// strings, the translated YAML (src/i18n/content.ts) and the MDX sections (rehypeTypeset).

const SPACE_BEFORE = { ';': '\u202f', '!': '\u202f', '?': '\u202f', ':': '\u00a0' };
const ANY_SPACE = '[ \\u00a0\\u202f]';

/**
 * A mark that ends a clause: followed by a space, a closing mark or the end. A colon in
 * "10:30", "https://" or "a:b" is followed by neither, so times, URLs and the like stay.
 */
const CLAUSE_END = '(?=[\\s»)\\]]|$)';

/** @param {string} text */
function french(text) {
  return (
    text
      // A space the translator typed becomes the right one.
      .replace(new RegExp(`${ANY_SPACE}+([;!?:])${CLAUSE_END}`, 'g'), (_, mark) => SPACE_BEFORE[mark] + mark)
      // None typed after a word, a number or a closing mark: one is added (never inside a character reference, "&amp;").
      .replace(
        new RegExp(`(?<!&#?[\\p{L}\\p{N}]*)([\\p{L}\\p{N}»)\\]’”])([;!?:])${CLAUSE_END}`, 'gu'),
        (_, before, mark) => before + SPACE_BEFORE[mark] + mark,
      )
      .replace(new RegExp(`«${ANY_SPACE}*`, 'g'), '«\u00a0')
      .replace(new RegExp(`${ANY_SPACE}*»`, 'g'), '\u00a0»')
  );
}

/** @param {string} lang @param {string} text */
export function typeset(lang, text) {
  return lang === 'fr' ? french(text) : text;
}

/** Elements whose text is not prose: left exactly as written. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);
const MARK_FIRST = new RegExp(`^([;!?:])${CLAUSE_END}`);
const FRENCH_FILE = /\/content\/l10n\/fr\//;

/**
 * typeset() for the French MDX sections (content/l10n/fr/), as a Sätteri hast plugin
 * (Astro's MDX processor): their text nodes only, never attributes, code or a
 * component's props. A text that starts with a mark right after a component
 * ("<Fact/>?") gets its space too.
 */
export const hastTypeset = {
  name: 'french-typesetting',
  /** @param {any} node @param {any} ctx */
  text(node, ctx) {
    if (!FRENCH_FILE.test(ctx.fileURL?.pathname ?? '')) return;
    const parent = ctx.parent(node);
    if (parent?.type === 'element' && VERBATIM.has(parent.tagName)) return;
    const k = ctx.indexOf(node) ?? 0;
    const afterNode = k > 0 && parent.children[k - 1].type !== 'text' && MARK_FIRST.test(node.value);
    const value = french(afterNode ? SPACE_BEFORE[node.value[0]] + node.value : node.value);
    return value === node.value ? undefined : { type: 'text', value };
  },
};

/**
 * A <Fact> followed by a full stop or a comma: the mark goes to the Fact (its `stop`
 * prop), which keeps it on the figure's line (a figure is a button, after which a line may
 * break even before punctuation: "… on 1 March 1999" ended one line and ". By that day"
 * began the next) and drops a full stop if the figure already ends with one: a Ukrainian
 * date ends in "р.", and "… 1999 р.." is one full stop too many. Every language, so a
 * translation that moves a date to a sentence's end needs nothing more. (French puts a
 * space before ; : ! ?, so those never follow a figure directly.)
 */
export const hastSentenceEnds = {
  name: 'sentence-ends-after-facts',
  /** @param {any} node @param {any} ctx */
  text(node, ctx) {
    if (!/^[.,](?!\.)/.test(node.value)) return;
    const k = ctx.indexOf(node) ?? 0;
    const before = k > 0 ? ctx.parent(node).children[k - 1] : undefined;
    if (before?.type !== 'mdxJsxTextElement' || before.name !== 'Fact') return;
    ctx.replaceNode(before, {
      ...before,
      attributes: [...before.attributes, { type: 'mdxJsxAttribute', name: 'stop', value: node.value[0] }],
    });
    return { type: 'text', value: node.value.slice(1) };
  },
};
