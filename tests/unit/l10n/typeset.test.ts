import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { hastSentenceEnds, hastTypeset, typeset } from '../../../src/i18n/typeset.mjs';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French typesetting', () => {
  it('keeps ; ! ? with their word by a narrow no-break space, : and « » by a no-break space', () => {
    expect(typeset('fr', 'Le texte anglais fait foi : « très importantes » ? Oui ; non !')).toBe(
      `Le texte anglais fait foi${NBSP}: «${NBSP}très importantes${NBSP}»${NNBSP}? Oui${NNBSP}; non${NNBSP}!`,
    );
  });

  it('adds the space where the translator typed none', () => {
    expect(typeset('fr', 'Pourquoi? Voici: «oui».')).toBe(`Pourquoi${NNBSP}? Voici${NBSP}: «${NBSP}oui${NBSP}».`);
  });

  it('leaves URLs, times, placeholders and other languages alone', () => {
    expect(typeset('fr', '<a href="https://example.org/a:b?x=1">{title}: x</a>')).toBe(
      '<a href="https://example.org/a:b?x=1">{title}: x</a>',
    );
    expect(typeset('fr', 'à 10:30')).toBe('à 10:30');
    expect(typeset('fr', 'Humanity &amp; Inclusion, &#8239; x')).toBe('Humanity &amp; Inclusion, &#8239; x');
    expect(typeset('es', 'Nota : sí')).toBe('Nota : sí');
  });

  it('typesets a French section’s text, not its code, attributes or component props', () => {
    const js = compile('Ceci : cela `a : b` [lien](https://example.org/a:b?c) <Term id="x">mot</Term>? Oui.', 'fr');
    expect(js).toContain(`Ceci${NBSP}: cela`);
    expect(js).toContain('"a : b"');
    expect(js).toContain('https://example.org/a:b?c');
    expect(js).toContain(`${NNBSP}? Oui.`);
  });

  it('leaves the other languages’ sections alone', () => {
    expect(compile('Nota : sí', 'es')).toContain('Nota : sí');
  });
});

describe('a sentence that ends on a <Fact>', () => {
  it('hands the Fact its full stop, which it drops after a date that ends in one', () => {
    const js = compile('Набула чинності <Fact id="ukraine-in-force" />. Далі.', 'uk');
    expect(js).toMatch(/id: "ukraine-in-force",\s*stop: "\."/);
    expect(js).toContain('" Далі."');
  });

  it('hands the Fact a comma after it too, and leaves a French ; or : (spaced) and an ellipsis where they are', () => {
    expect(compile('It entered into force on <Fact id="ukraine-in-force" />, and then.', 'en')).toMatch(
      /id: "ukraine-in-force",\s*stop: ","/,
    );
    expect(compile('Entrée en vigueur le <Fact id="ukraine-in-force" /> ; puis.', 'fr')).not.toMatch(/stop:/);
    expect(compile('Then <Fact id="ukraine-in-force" />... later.', 'en')).not.toMatch(/stop:/);
  });
});

/** An MDX file at content/l10n/<lang>/sections/, compiled as Astro compiles it (Sätteri) with the site's plugins. */
function compile(mdx: string, lang: string): string {
  const result = mdxToJs(mdx, {
    hastPlugins: [hastTypeset, hastSentenceEnds],
    fileURL: new URL(`file:///site/content/l10n/${lang}/sections/x.mdx`),
  });
  // Plugins that return promises make Sätteri asynchronous; these two never do.
  if ('then' in result) throw new Error('Sätteri compiled the MDX asynchronously');
  return result.code.replace(/\\xA0/g, NBSP).replace(/\\u202F/gi, NNBSP);
}
