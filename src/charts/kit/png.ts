/**
 * Chart image files rendered at build time. resvg draws the credited download SVG
 * at 2× for screens and print; white background comes from the SVG's own .bg rect.
 *
 * The fonts are the project's own (npm packages), never the machine's: the build
 * image has no Khmer font, so Khmer labels came out as empty boxes, and a PNG should
 * not change with whatever a machine has installed. DejaVu Sans (the family the SVG
 * names, with Latin, Cyrillic and the digits) and Noto Sans Khmer, each regular and
 * bold. Skipping the system font scan is also what makes a PNG quick to render.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { downloadSvg, type ChartId } from '..';
import type { Lang } from '../../i18n';

// From the project root, as text.ts reads its font: at build time this module runs bundled, from the output folder.
const packageDir = (name: string) => dirname(createRequire(join(process.cwd(), 'package.json')).resolve(`${name}/package.json`));

let files: string[] | undefined;

/** The font files every PNG is drawn with, resolved once. */
export function pngFontFiles(): string[] {
  if (files) return files;
  const dejavu = join(packageDir('dejavu-fonts-ttf'), 'ttf');
  const khmer = packageDir('@expo-google-fonts/noto-sans-khmer');
  files = [
    join(dejavu, 'DejaVuSans.ttf'),
    join(dejavu, 'DejaVuSans-Bold.ttf'),
    join(khmer, '400Regular/NotoSansKhmer_400Regular.ttf'),
    join(khmer, '700Bold/NotoSansKhmer_700Bold.ttf'),
  ];
  return files;
}

/**
 * The family a drawing is set in. resvg takes the first family the SVG names (system-ui,
 * which it cannot resolve, so this default) and, for a character that family lacks, the
 * first loaded face that has it, whatever its weight: Khmer falling back from DejaVu came
 * out regular in bold titles. A drawing with Khmer is set in Noto Sans Khmer throughout
 * (it has Latin and digits too; Cyrillic still falls back to DejaVu).
 */
function familyFor(svg: string): string {
  if (!/[\u1780-\u17FF\u19E0-\u19FF]/u.test(svg)) return 'DejaVu Sans';
  // As the font file names itself, so the two can never disagree.
  if (!khmerFamily) {
    const font = fontkit.create(readFileSync(pngFontFiles().find((f) => f.includes('NotoSansKhmer'))!));
    khmerFamily = font.familyName;
  }
  return khmerFamily;
}

let khmerFamily: string | undefined;

/** How resvg draws an SVG document with the chart fonts, at `zoom`. */
export function drawingOptions(svg: string, zoom = 2): ResvgRenderOptions {
  const family = familyFor(svg);
  return {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: pngFontFiles(), defaultFontFamily: family, sansSerifFamily: family },
  };
}

export function chartPng(id: ChartId, siteAddress: string, panel?: number, lang?: Lang): Buffer {
  const svg = downloadSvg(id, siteAddress, panel, lang);
  return new Resvg(svg, drawingOptions(svg)).render().asPng();
}
