/**
 * A figure is a button (its source opens from it), and after a button a line may break
 * even before punctuation: "… on 1 March 1999" ended one line and ". By that day" began
 * the next. The full stop or comma after a figure sits inside its .fact, which does not
 * wrap (src/i18n/typeset.mjs hands it over), on every page of every language.
 */
import { expect, it } from 'vitest';
import { htmlFiles, site } from './dist';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pages = htmlFiles().filter((f) => !f.startsWith('embed/'));

it('no full stop or comma is left outside the figure it follows', () => {
  const stray: string[] = [];
  let facts = 0;
  for (const file of pages) {
    const html = readFileSync(join(site.dir, file), 'utf8');
    // A .fact ends with its popover's </span></span> or, past its first use, its button's.
    for (const m of html.matchAll(
      /<span class="fact"[\s\S]*?<\/button>(?:[.,])?(?:<span class="pop"[\s\S]*?<\/span><\/span>|<\/span>)([.,](?!\.))?/g,
    )) {
      facts++;
      if (m[1]) stray.push(`${file}: ${m[0].slice(-80)}`);
    }
  }
  expect(facts).toBeGreaterThan(100);
  expect(stray).toEqual([]);
});
