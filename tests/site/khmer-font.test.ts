/**
 * The Khmer font is the site's own: declared in the built CSS with a Khmer unicode-range,
 * served from below the base, used only by pages whose <html lang> is Khmer, and
 * within 40 KB gzip (counted apart from the page weight).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFiles, fileFor, site } from './dist';

const css = allFiles()
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(join(site.dir, f), 'utf8'))
  .join('\n');
const faces = [...css.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]).filter((f) => /Noto Sans Khmer/.test(f));

describe('the Khmer font', () => {
  it('is declared once, for weights 400 to 700 and Khmer characters only', () => {
    expect(faces.map((f) => /font-weight:([\d ]+)/.exec(f)![1])).toEqual(['400 700']);
    for (const face of faces) expect(face).toMatch(/unicode-range:U\+1780-17FF,U\+19E0-19FF/);
  });

  it('comes from the site itself, below the base, within 40 KB gzip', () => {
    let gzip = 0;
    for (const face of faces) {
      const url = /url\(([^)]+)\)/.exec(face)![1].replace(/["']/g, '');
      expect(url.startsWith(site.basePath), url).toBe(true);
      const found = fileFor(site, url.slice(site.basePath.length));
      expect(found, url).toHaveProperty('file');
      gzip += gzipSync(readFileSync(join(site.dir, (found as { file: string }).file))).length;
    }
    expect(gzip).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(40 * 1024);
  });

  it('is asked for only by a page in Khmer', () => {
    const uses = css.replace(/@font-face\{[^}]*\}/g, '').match(/[^{}]*\{[^{}]*Noto Sans Khmer[^{}]*\}/g) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const rule of uses) for (const selector of rule.split('{')[0].split(',')) expect(selector.trim()).toMatch(/^html:lang\(km\)/);
  });
});
