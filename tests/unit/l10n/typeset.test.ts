import { describe, expect, it } from 'vitest';
import { typeset } from '../../../src/i18n/typeset.mjs';

describe('French typesetting', () => {
  it('keeps ; : ! ? » and « with their word (narrow no-break space)', () => {
    expect(typeset('fr', 'Le texte anglais fait foi : « très importantes » ?')).toBe(
      'Le texte anglais fait foi\u202f: «\u202ftrès importantes\u202f»\u202f?',
    );
  });
  it('leaves URLs, placeholders and other languages alone', () => {
    expect(typeset('fr', '<a href="https://example.org/a:b">{title}: x</a>')).toBe('<a href="https://example.org/a:b">{title}: x</a>');
    expect(typeset('es', 'Nota : sí')).toBe('Nota : sí');
  });
});
