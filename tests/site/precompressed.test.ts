/**
 * Hosts that serve precompressed files (nginx brotli_static, Caddy precompressed)
 * send the .br or .gz beside a file without looking inside: a missing or stale one
 * is a page served uncompressed or a page out of date.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { allFiles, site } from './dist';

const text = allFiles().filter((f) => /\.(html|css|js|svg|csv|json)$/.test(f));

describe('precompressed files', () => {
  it('cover every kind of text file the build writes', () => {
    for (const ext of ['html', 'css', 'js', 'svg', 'csv', 'json'])
      expect(
        text.some((f) => f.endsWith(`.${ext}`)),
        ext,
      ).toBe(true);
  });

  it.each(text)('%s has a .br and a .gz with the same bytes, smaller', (file) => {
    const body = readFileSync(join(site.dir, file));
    const br = readFileSync(join(site.dir, `${file}.br`));
    const gz = readFileSync(join(site.dir, `${file}.gz`));
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    if (body.length > 1024) expect(br.length).toBeLessThan(gz.length);
  });
});
