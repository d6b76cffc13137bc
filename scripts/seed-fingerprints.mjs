#!/usr/bin/env node
/**
 * The seed articles may not be committed (004 forbids reproduction; none is ours), yet the
 * tests must check quotes, copied runs and stated facts against them in any clone. So we
 * commit a fingerprint instead: short hashes of every run of 2 to 8 normalised words of each
 * article. That is enough to tell whether a phrase occurs word for word in an article and
 * whether the site repeats any eight-word run, and not enough to read the article.
 *
 *   node scripts/seed-fingerprints.mjs          write content/seed-fingerprints.json
 *   node scripts/seed-fingerprints.mjs --check  exit 1 if the committed file is stale
 *
 * The articles are read from $SEEDS_DIR, else ../shared/seeds beside the repository.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const FINGERPRINT_FILE = path.join(root, 'content/seed-fingerprints.json');
export const MIN_GRAM = 2;
export const MAX_GRAM = 8;

export function seedsDir() {
  return path.resolve(root, process.env.SEEDS_DIR || '../shared/seeds');
}

/** Words as the checks compare them: case, quote style and punctuation do not count. */
export function words(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** 32 bits of SHA-256 per run: ~3,000 runs per article make a false match about one in a million. */
export function gramHash(ws) {
  return createHash('sha256')
    .update(`${ws.length}:${ws.join(' ')}`)
    .digest('hex')
    .slice(0, 8);
}

export function fingerprint(text) {
  const ws = words(text);
  const grams = new Set();
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) for (let k = 0; k + n <= ws.length; k++) grams.add(gramHash(ws.slice(k, k + n)));
  return { words: ws.length, text: createHash('sha256').update(ws.join(' ')).digest('hex'), grams: [...grams].sort() };
}

/** Article number ("000") → its text, from the seeds folder; null when the folder is absent. */
export function readSeeds(dir = seedsDir()) {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort();
  return new Map(files.map((f) => [f.slice(0, 3), fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** Stable, diffable JSON: one article per key, eight hashes per line. */
export function serialise(prints) {
  const out = ['{'];
  const ids = Object.keys(prints).sort();
  ids.forEach((id, i) => {
    const p = prints[id];
    out.push(`  "${id}": {`, `    "words": ${p.words},`, `    "text": "${p.text}",`, '    "grams": [');
    for (let k = 0; k < p.grams.length; k += 8) {
      const line = p.grams
        .slice(k, k + 8)
        .map((g) => `"${g}"`)
        .join(', ');
      out.push(`      ${line}${k + 8 < p.grams.length ? ',' : ''}`);
    }
    out.push('    ]', `  }${i < ids.length - 1 ? ',' : ''}`);
  });
  out.push('}', '');
  return out.join('\n');
}

export function fingerprintsOf(seeds) {
  return Object.fromEntries([...seeds].map(([id, text]) => [id, fingerprint(text)]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const seeds = readSeeds();
  if (!seeds) {
    console.error(`No seed articles at ${seedsDir()} (set SEEDS_DIR).`);
    process.exit(2);
  }
  const text = serialise(fingerprintsOf(seeds));
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(FINGERPRINT_FILE) && fs.readFileSync(FINGERPRINT_FILE, 'utf8') === text;
    console.log(same ? 'seed fingerprints are current' : `${path.relative(root, FINGERPRINT_FILE)} is stale: run npm run fingerprints`);
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(FINGERPRINT_FILE, text);
  console.log(`wrote ${path.relative(root, FINGERPRINT_FILE)} (${seeds.size} articles)`);
}
