/** The corrections record (content/corrections.yaml), read by /corrections/ and the <Correction> links. */
import { parse } from 'yaml';
import correctionsYaml from '../../content/corrections.yaml?raw';

export interface CorrectionEntry {
  id: string;
  date: string;
  /** A section id, linked from that section... */
  section?: string;
  /** ...or the site path of the page corrected. */
  page?: string;
  where: string;
  said: string;
  says: string;
  why: string;
}

export const corrections: CorrectionEntry[] = parse(correctionsYaml);

export function correction(id: string): CorrectionEntry {
  const c = corrections.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown correction "${id}" (see content/corrections.yaml)`);
  return c;
}
