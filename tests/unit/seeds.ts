/**
 * What the tests know about the seed articles without holding their text: the committed
 * fingerprints (content/seed-fingerprints.json, made by scripts/seed-fingerprints.mjs).
 * A phrase "occurs in" an article when every run of its words does, so the checks run the
 * same in a clone with no ../shared beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FINGERPRINT_FILE, MAX_GRAM, MIN_GRAM, gramHash, words } from '../../scripts/seed-fingerprints.mjs';

export { words };

interface Print {
  words: number;
  text: string;
  grams: string[];
}

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const prints: Record<string, Print> = JSON.parse(fs.readFileSync(FINGERPRINT_FILE, 'utf8'));
const sets = new Map(Object.entries(prints).map(([id, p]) => [id, new Set(p.grams)]));

export const SEED_IDS = Object.keys(prints).sort();

/** The runs a phrase of n words must match: itself up to eight words, else every eight-word window. */
function runs(ws: string[]): string[][] {
  if (ws.length <= MAX_GRAM) return [ws];
  return ws.slice(0, ws.length - MAX_GRAM + 1).map((_, k) => ws.slice(k, k + MAX_GRAM));
}

/** Whether the article (by number, "001") contains the phrase word for word. */
export function inSeed(id: string, phrase: string): boolean {
  const set = sets.get(id);
  if (!set) throw new Error(`no fingerprint for seed ${id}`);
  const ws = words(phrase);
  if (ws.length < MIN_GRAM) throw new Error(`"${phrase}" is too short to check (one word)`);
  return runs(ws).every((r) => set.has(gramHash(r)));
}

export const inAnySeed = (phrase: string) => SEED_IDS.some((id) => inSeed(id, phrase));

/** Eight-word runs of `text` that the article also contains (hashes, since we cannot show its words). */
export function copiedRuns(id: string, text: string): string[] {
  const set = sets.get(id)!;
  const ws = words(text);
  const out: string[] = [];
  for (let k = 0; k + MAX_GRAM <= ws.length; k++) {
    const run = ws.slice(k, k + MAX_GRAM);
    if (set.has(gramHash(run))) out.push(run.join(' '));
  }
  return out;
}

export const seedsDirPath = () => path.resolve(root, process.env.SEEDS_DIR || '../shared/seeds');
