/**
 * The committed fingerprints stand in for the seed articles in every clone. When the
 * articles are beside the repository (../shared/seeds, or $SEEDS_DIR) the fingerprints must
 * be exactly what the script makes from them, so they cannot go stale; without the articles
 * the same tests check the committed file against itself and the sources list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_FILE, fingerprintsOf, readSeeds, serialise } from '../../scripts/seed-fingerprints.mjs';
import { SEED_IDS, inSeed, prints, root, seedsDirPath } from './seeds';

const articles = readSeeds(seedsDirPath());
const sources = parseYaml(fs.readFileSync(path.join(root, 'content/sources.yaml'), 'utf8')) as { id: string; seed?: string }[];

describe('seed fingerprints', () => {
  it('cover exactly the articles content/sources.yaml names', () => {
    expect(SEED_IDS).toEqual(
      sources
        .filter((s) => s.seed)
        .map((s) => s.seed!)
        .sort(),
    );
    for (const id of SEED_IDS) expect(prints[id].grams.length, id).toBeGreaterThan(prints[id].words);
  });

  it(`match the articles ${articles ? `in ${seedsDirPath()}` : '(absent here: the committed file is checked as written)'}`, () => {
    const committed = fs.readFileSync(FINGERPRINT_FILE, 'utf8');
    if (articles) {
      expect(committed, 'stale: run `npm run fingerprints`').toBe(serialise(fingerprintsOf(articles)));
    } else {
      expect(committed).toBe(serialise(prints));
    }
  });

  it('hold the Convention text the site quotes exactly as published beside the articles', () => {
    const copy = fs.readFileSync(path.join(root, 'content/treaty-articles.md'), 'utf8');
    expect(copy).toMatch(/^## Article 20 - Duration and withdrawal$/m);
    const original = path.join(seedsDirPath(), 'treaty-articles.md');
    if (fs.existsSync(original)) expect(copy).toBe(fs.readFileSync(original, 'utf8'));
  });

  it('tell a phrase an article contains from one it does not', () => {
    // 002 words the Cambodian figure "over one million"; the Prime Minister's own text says "approximately".
    expect(inSeed('002', 'over one million people')).toBe(true);
    expect(inSeed('002', 'approximately one million people')).toBe(false);
    expect(inSeed('001', 'the convention of its signatories said in a statement released late Tuesday')).toBe(true);
    expect(inSeed('001', 'the States Parties said in a statement released late Tuesday')).toBe(false);
  });
});
