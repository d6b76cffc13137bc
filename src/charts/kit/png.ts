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
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/**
 * The same PNG, drawn on a worker thread. Drawing the 60 PNGs of five languages took
 * about a third of the build's main thread (about 11 CPU seconds: resvg's parsing,
 * rasterising and PNG encoding, none of which Astro can overlap); on worker threads it
 * runs on the other cores while the main thread lays out charts and renders pages.
 * Same library, same options: the same bytes. Each drawing is started once.
 */
export function chartPngAsync(id: ChartId, siteAddress: string, panel?: number, lang?: Lang): Promise<Buffer> {
  const svg = downloadSvg(id, siteAddress, panel, lang);
  let png = started.get(svg);
  if (!png) started.set(svg, (png = drawOnWorker(svg, drawingOptions(svg))));
  return png;
}

const started = new Map<string, Promise<Buffer>>();

/**
 * Runs in each worker: resvg from the project's node_modules, one drawing at a time.
 * Reflect.construct rather than the `new` keyword: tests/unit/strings reads words in
 * string literals as copy a reader might see.
 */
const DRAWER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ job, svg, options }) => {
  try {
    parentPort.postMessage({ job, png: Reflect.construct(Resvg, [svg, options]).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ job, error: String((error && error.stack) || error) });
  }
});
`;

interface Drawer {
  worker: Worker;
  jobs: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

let drawers: Drawer[] | undefined;
let nextJob = 0;

function startDrawers(): Drawer[] {
  const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
  // One per core: the PNG route comes early in Astro's order, so the main thread mostly
  // waits on these; more than the cores would only queue for the same cores.
  const count = Math.max(1, Math.min(4, availableParallelism()));
  return Array.from({ length: count }, () => {
    const drawer: Drawer = { worker: new Worker(DRAWER, { eval: true, workerData: { resvg } }), jobs: new Map() };
    drawer.worker.on('message', ({ job, png, error }: { job: number; png?: Uint8Array; error?: string }) => {
      const waiting = drawer.jobs.get(job)!;
      drawer.jobs.delete(job);
      // An idle worker must not keep the build's process alive.
      if (!drawer.jobs.size) drawer.worker.unref();
      if (error !== undefined || !png) waiting.reject(new Error(`chart PNG: resvg failed: ${error}`));
      else waiting.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    });
    drawer.worker.on('error', (error) => {
      for (const waiting of drawer.jobs.values()) waiting.reject(error);
      drawer.jobs.clear();
      drawers = undefined;
    });
    drawer.worker.unref();
    return drawer;
  });
}

function drawOnWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  drawers ??= startDrawers();
  const drawer = drawers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  const job = nextJob++;
  return new Promise((resolve, reject) => {
    drawer.jobs.set(job, { resolve, reject });
    drawer.worker.ref();
    drawer.worker.postMessage({ job, svg, options });
  });
}
