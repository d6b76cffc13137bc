// A citation [n] is named "Source n: <label>" from text its page writes once (the note
// list), joined by aria-labelledby with one space: in every language that must read as
// the string file's own sentence, and a template it cannot build must stop the build.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { LANGS } from '../../src/i18n/routes';
import { sourceNamePrefix } from '../../src/lib/citations';

describe('a citation’s name from the note list', () => {
  it.each(LANGS)('reads as reading.cite.label in %s', (lang) => {
    const t = useTranslations(lang);
    for (const number of [1, 12]) {
      const label = 'conflictwatcher.com (Wirtualna Polska Media), 20 November 2024';
      expect(`${sourceNamePrefix(t, number)} ${label}`).toBe(t('reading.cite.label', { number, label }));
    }
  });

  it('refuses a template with words after the label', () => {
    const t = Object.assign(
      (_key: string, v?: Record<string, string | number>) => `${v!.label} (source ${v!.number})`,
      useTranslations('en'),
    );
    expect(() => sourceNamePrefix(t, 1)).toThrow(/must end with/);
  });
});
