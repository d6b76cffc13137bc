import { describe, expect, it } from 'vitest';
import { afterValue, formatter } from '../../../src/format';
import { fill } from '../../../src/i18n';

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
