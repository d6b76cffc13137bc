import { describe, expect, it } from 'vitest';
import { afterValue, formatter } from '../../../src/format';
import { asOfIn, fill, useTranslations } from '../../../src/i18n';

describe('dates in each language', () => {
  it('writes an as-of day or month in the language, and leaves a year or a dataset’s own words', () => {
    expect(formatter('en-GB').asOf('2026-02-20')).toBe('20 February 2026');
    expect(formatter('fr-FR').asOf('2026-02-20')).toBe('20 février 2026');
    expect(formatter('uk-UA').asOf('2024-12-31')).toBe('31 грудня 2024 р.');
    expect(formatter('es-ES').asOf('2026-02')).toBe('febrero de 2026');
    expect(formatter('fr-FR').asOf('2024')).toBe('2024');
    expect(formatter('fr-FR').asOf('Fin 2024')).toBe('Fin 2024');
  });
});

describe('"as of" in each language', () => {
  // French says "au" before a day but "en" before a month or a year; Spanish "al" before a day, "a" before a month;
  // Ukrainian "станом на" takes the accusative: "2023 рік", "лютий 2026 р."; Khmer names the day, month or year.
  it.each([
    ['en', '2026-02-20', 'as of 20 February 2026'],
    ['fr', '2026-02-20', 'au 20 février 2026'],
    ['fr', '2026-02', 'en février 2026'],
    ['fr', '2023', 'en 2023'],
    ['es', '2026-02-20', 'al 20 de febrero de 2026'],
    ['es', '2026-02', 'a febrero de 2026'],
    ['es', '2023', 'en 2023'],
    ['uk', '2026-02-20', 'станом на 20 лютого 2026 р.'],
    ['uk', '2026-02', 'станом на лютий 2026 р.'],
    ['uk', '2023', 'станом на 2023 рік'],
    ['km', '2026-02-20', 'គិតត្រឹមថ្ងៃទី 20 កុម្ភៈ 2026'],
    ['km', '2023', 'គិតត្រឹមឆ្នាំ 2023'],
  ] as const)('%s: %s reads "%s"', (lang, value, phrase) => {
    expect(asOfIn(useTranslations(lang), value)).toBe(phrase);
  });

  it('leaves a dataset’s own words to carry their preposition, except in English', () => {
    expect(asOfIn(useTranslations('en'), 'end of 2024')).toBe('as of end of 2024');
    expect(asOfIn(useTranslations('fr'), 'à la fin de 2024')).toBe('à la fin de 2024');
  });
});

describe('a sentence that ends on a date', () => {
  const uk = formatter('uk-UA');

  it('does not double the full stop of a Ukrainian date', () => {
    expect(fill('Дані станом на {date}.', { date: uk.date('2026-02-20') })).toBe('Дані станом на 20 лютого 2026 р.');
    expect(fill('до {date}. Більшість', { date: uk.date('2026-02-20') })).toBe('до 20 лютого 2026 р. Більшість');
    expect(fill('від {date}.', { date: `<time datetime="2026-02-20">${uk.date('2026-02-20')}</time>` })).toBe(
      'від <time datetime="2026-02-20">20 лютого 2026 р.</time>',
    );
  });

  it('keeps the full stop after a date that has none, and an ellipsis', () => {
    expect(fill('Data as of {date}.', { date: formatter('en-GB').date('2026-02-20') })).toBe('Data as of 20 February 2026.');
    expect(afterValue('2026 р.', '… далі')).toBe('… далі');
    expect(afterValue('2026 р.', '...')).toBe('...');
  });
});
