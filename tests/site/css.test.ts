/**
 * Each page ships only the CSS it uses (issue 14): no Tailwind utility that no element
 * carries, Khmer's font rules on Khmer pages only, chart rules only where a chart is
 * drawn and the map's only where the map is. `npm run bench` measures the unused share
 * in Chromium; these catch the same mistakes without a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPathOf, fileFor, htmlFiles, site, sitePathOf } from './dist';

const pages = htmlFiles().map((file) => ({ file, path: sitePathOf(file), html: readFileSync(join(site.dir, file), 'utf8') }));

/** The CSS a page applies on screen: its <style> elements and the stylesheets it links, except paper-only ones. */
function screenCss(html: string): string {
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const linked = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bmedia="print"/.test(tag))
    .map((tag) => {
      const href = /\bhref="([^"]+)"/.exec(tag)![1];
      const found = fileFor(site, href.slice(site.basePath.length));
      if ('problem' in found) throw new Error(`${href}: ${found.problem}`);
      return readFileSync(join(site.dir, found.file), 'utf8');
    });
  return [...inline, ...linked].join('\n');
}

/** Class names of the rules in Tailwind's utilities layer, unescaped. */
function utilitiesIn(css: string): string[] {
  return [...css.matchAll(/@layer utilities\{((?:[^{}]*\{[^{}]*\})*)\}/g)].flatMap((layer) =>
    [...layer[1].matchAll(/\.((?:\\.|[\w-])+)\{/g)].map((rule) => rule[1].replace(/\\(.)/g, '$1')),
  );
}

const classesOnPages = new Set(pages.flatMap((p) => [...p.html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/))));

describe('the CSS each page loads', () => {
  it('has no Tailwind utility that no element of any page carries', () => {
    expect(utilitiesIn('@layer utilities{.mt-0{margin-top:0}.pl-\\[1\\.4rem\\]{padding-left:1.4rem}}')).toEqual(['mt-0', 'pl-[1.4rem]']);
    const utilities = new Set(pages.flatMap(({ html }) => utilitiesIn(screenCss(html))));
    expect([...utilities].filter((u) => !classesOnPages.has(u))).toEqual([]);
  });

  it('asks for the Khmer font on Khmer pages only, and on every one of them', () => {
    for (const { path, html } of pages) {
      const khmer = /Noto Sans Khmer/.test(screenCss(html));
      expect(khmer, path).toBe(path.startsWith('/km/'));
    }
  });

  it('has chart rules only where a chart is drawn, and the map’s only where the map is', () => {
    for (const { path, html } of pages) {
      const css = screenCss(html);
      expect(/\.chart-body\b/.test(css), `${path}: chart CSS`).toBe(/<figure\b[^>]*\bdata-chart=/.test(html));
      expect(/\.map-c\b/.test(css), `${path}: map CSS`).toBe(/\bdata-chart="membership-map"/.test(html) || /class="map-key"/.test(html));
    }
  });

  it('styles every mark a page draws, and carries the explore tree’s and embed dialog’s rules only with them', () => {
    // Classes the shared chart stylesheet names: a drawing carrying one needs its rule.
    const shared = new Set([...readFileSync('src/components/charts/chart-svg.css', 'utf8').matchAll(/\.([\w-]+)/g)].map((m) => m[1]));
    const drawn = pages.filter((p) => /<svg\b[^>]*\bclass="[^"]*\bchart-svg\b/.test(p.html));
    expect(drawn.length).toBeGreaterThan(0);
    for (const { path, html } of drawn) {
      const css = screenCss(html);
      const svgs = [...html.matchAll(/<svg\b[^>]*\bclass="[^"]*\bchart-svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
      const marks = new Set([...svgs.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter((c) => shared.has(c)));
      expect(
        [...marks].filter((c) => !new RegExp(`\\.${c}\\b`).test(css)),
        `${path}: marks without their rules`,
      ).toEqual([]);
    }
    for (const { path, html } of pages) {
      const css = screenCss(html);
      expect(/\.explore-tree\b|\.explore\b/.test(css), `${path}: explore CSS`).toBe(/\sclass="explore"/.test(html));
      expect(/\.embed-dialog\b/.test(css), `${path}: embed dialog CSS`).toBe(/\sclass="embed-dialog\b/.test(html));
    }
  });

  it('gives an embed none of the page chrome (header, prose, notes)', () => {
    const embeds = pages.filter((p) => /^\/embed\/[^/]+\//.test(englishPathOf(p.path)));
    expect(embeds.length).toBeGreaterThan(0);
    for (const { path, html } of embeds) expect(/\.skip-link\b|\.prose\b/.test(screenCss(html)), path).toBe(false);
  });
});
