// French typesetting the translators leave to us (L10N.md): a narrow no-break space
// (U+202F) before ; : ! ? and » and after «, so the mark never starts a line.
// Applied to the strings and the translated YAML; the MDX sections' body text is not typeset yet.

/** @param {string} lang @param {string} text */
export function typeset(lang, text) {
  if (lang !== 'fr') return text;
  return text.replace(/[ \u00a0]([;:!?»])/g, '\u202f$1').replace(/«[ \u00a0]/g, '«\u202f');
}
