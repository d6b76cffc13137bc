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
