/**
 * Country names in each language from a maintained table (i18n-iso-countries,
 * keyed by ISO 3166 alpha-3), never typed by hand. English keeps the name the
 * dataset gives (the table's English names differ: "Syrian Arab Republic");
 * a code the table lacks in a language (Kosovo's XKX, in none) keeps the
 * dataset's name too, rather than inventing one.
 */
import codes from 'i18n-iso-countries';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import km from 'i18n-iso-countries/langs/km.json';
import { DEFAULT_LANG, type Lang } from '../../i18n';
import { membership } from '../../data';

for (const locale of [fr, es, uk, km]) codes.registerLocale(locale);

const datasetNames = new Map(membership.members.map((m) => [m.iso3, m.name]));

/** The state's name in `lang`; `given` is the source's own name (default: membership.csv's). */
export function countryName(iso3: string, lang: Lang, given = datasetNames.get(iso3)): string {
  if (given === undefined) throw new Error(`countries: no name for ${iso3} in membership.csv`);
  if (lang === DEFAULT_LANG) return given;
  return codes.getName(iso3, lang) ?? given;
}

/**
 * The alpha-3 code of a state the casualty data names in English: membership.csv's
 * name ("Burkina Faso"), else the one state whose name it begins (the casualty
 * files write "Syria" for the Syrian Arab Republic). Anything else stops the build.
 */
export function iso3Named(name: string): string {
  const named = [...datasetNames].filter(([, n]) => n === name);
  const begun = [...datasetNames].filter(([, n]) => n.startsWith(name));
  const found = named.length ? named : begun;
  if (found.length !== 1) throw new Error(`countries: "${name}" names ${found.length} states in membership.csv, not one`);
  return found[0][0];
}

/** Names in the alphabetical order of the language (accents and scripts sorted as its readers expect). */
export const byName = (lang: Lang) => {
  const collator = new Intl.Collator(lang);
  return (a: string, b: string) => collator.compare(a, b);
};
