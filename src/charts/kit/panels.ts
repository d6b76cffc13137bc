/**
 * One panel of a multi-panel chart, cut from the drawing by its viewBox: each
 * panel begins at its bold panel title, so every layout (and the standalone file)
 * can be cropped to one panel without a second geometry. An embed of one panel
 * stays within the embed height budget at 320 px, where the whole figure cannot.
 */
const TITLE = /<text [^>]*?y="([\d.]+)"[^>]*class="[^"]*\bpanel-title\b/g;
const VIEWBOX = /viewBox="0 0 ([\d.]+) ([\d.]+)"/;
/** The title's ascent above its baseline, and air above it. */
const ABOVE = 14 + 4;

/** The y where each panel starts (first panel: 0), from its panel title. */
function panelTops(svg: string): number[] {
  return [...svg.matchAll(TITLE)].map((m, k) => (k === 0 ? 0 : Math.max(0, Number(m[1]) - ABOVE)));
}

/** How many panels the drawing has (a chart with one or no panel title has one). */
export function panelCount(svg: string): number {
  return Math.max(1, panelTops(svg).length);
}

/** The drawing cropped to panel `n` (1-based): same markup, a viewBox (and size) around that panel. */
export function cropToPanel(svg: string, n: number): string {
  const tops = panelTops(svg);
  if (tops.length <= 1 && n === 1) return svg;
  const box = VIEWBOX.exec(svg);
  if (!box || n < 1 || n > tops.length) throw new Error(`cropToPanel: no panel ${n} in this drawing`);
  const [width, height] = [Number(box[1]), Number(box[2])];
  const top = tops[n - 1];
  const bottom = n < tops.length ? tops[n] : height;
  const h = Math.round((bottom - top) * 10) / 10;
  return svg
    .replace(VIEWBOX, `viewBox="0 ${top} ${width} ${h}"`)
    .replace(/(<svg [^>]*?)width="([\d.]+)" height="([\d.]+)"/, `$1width="${width}" height="${h}"`);
}

/** The drawing's top-level elements, in order, as [start, end) offsets (comments and text between them excluded). */
function topLevel(svg: string): { start: number; end: number; tag: string; panelTitle: boolean }[] {
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  const close = svg.lastIndexOf('</svg>');
  const tag = /<(\/?)([\w:-]+)[^>]*?(\/?)>/g;
  tag.lastIndex = open;
  const out: { start: number; end: number; tag: string; panelTitle: boolean }[] = [];
  let depth = 0;
  let start = 0;
  let name = '';
  let panelTitle = false;
  for (let m; (m = tag.exec(svg)) && m.index < close;) {
    if (!m[1] && depth === 0) {
      start = m.index;
      name = m[2];
      panelTitle = /\bclass="[^"]*\bpanel-title\b/.test(m[0]);
    }
    if (m[1]) depth--;
    else if (!m[3]) depth++;
    if (depth === 0) out.push({ start, end: tag.lastIndex, tag: name, panelTitle });
  }
  return out;
}

/** Kept in every panel: the accessible name and description, and shared definitions. */
const SHARED = new Set(['title', 'desc', 'defs', 'style']);

/**
 * Panel `n` alone: cropped as cropToPanel does, and without the other panels' marks
 * (a chart draws its panels one after another, each from its panel title on), so a
 * panel embed ships its own drawing rather than the whole one hidden by the viewBox.
 */
export function panelOnly(svg: string, n: number): string {
  const cropped = cropToPanel(svg, n);
  const parts = topLevel(cropped);
  const titles = parts.flatMap((p, k) => (p.panelTitle ? [k] : []));
  if (titles.length <= 1) return cropped;
  // Panel 1 also keeps what precedes its title (a legend above the drawing).
  const from = n === 1 ? 0 : titles[n - 1];
  const to = n < titles.length ? titles[n] : parts.length;
  const dropped = parts.filter((p, k) => !SHARED.has(p.tag) && (k < from || k >= to));
  let out = cropped;
  for (const p of [...dropped].reverse()) out = out.slice(0, p.start) + out.slice(p.end);
  return out;
}
