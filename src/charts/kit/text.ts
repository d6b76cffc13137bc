/**
 * Text boxes without a DOM. Charts are laid out at build time. Latin, Cyrillic and
 * digits are drawn in the reader's system font, which the build cannot know, so
 * their widths are estimated from character classes, deliberately wide (DejaVu
 * Sans, the widest common fallback): a label that fits here fits in any system
 * font and the overlap tests mean something. Khmer is drawn in the site's own
 * Noto Sans Khmer (src/styles/khmer.css), so its runs are shaped with that font
 * (fontkit) and measured exactly: Khmer stacks consonants and vowels into one
 * cluster, so counting characters would make its labels far too wide.
 */
import { notoSansKhmer } from '../../lib/noto-sans-khmer';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** A text label: `x`,`y` is the baseline of the first line at the anchor. */
export interface Label {
  x: number;
  y: number;
  lines: string[];
  anchor: Anchor;
  size: number;
  cls?: string;
  /** Optional leader line from the labelled point to the label box. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

const NARROW = new Set([..."il.,:;|!'’`()[]{}"]);
const WIDE = new Set([...'mwMW@%—–']);

/** Advance of one character in em. */
function advance(ch: string): number {
  // No-break spaces group digits in French and Ukrainian numbers; combining marks (Khmer vowel signs) take no advance of their own.
  if (ch === ' ' || ch === '\u00a0' || ch === '\u202f') return 0.33;
  if (/\p{Mn}/u.test(ch)) return 0;
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.95;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.62;
}

/** Khmer and Khmer Symbols, with the zero-width characters that may sit between Khmer words. */
const KHMER_RUN = /[\u1780-\u17FF\u19E0-\u19FF\u200B-\u200D]+/gu;
const hasKhmer = (text: string) => /[\u1780-\u17FF\u19E0-\u19FF]/u.test(text);

/** The bold weight: a label measured bold fits when it is drawn regular. */
const khmer = () => notoSansKhmer(700);

/** Advance of a Khmer run in em, as the font shapes it. */
function khmerEm(run: string): number {
  // Shaping is by far the dearest step of a Khmer layout, and placement and growing()
  // measure the same few hundred strings over and over: each is shaped once per build.
  let em = khmerEms.get(run);
  if (em === undefined) khmerEms.set(run, (em = shapedEm(run)));
  return em;
}

const khmerEms = new Map<string, number>();

function shapedEm(run: string): number {
  const font = khmer();
  try {
    return font.layout(run).advanceWidth / font.unitsPerEm;
  } catch {
    // fontkit's mark positioning fails on a few sequences (a null anchor in GPOS): the
    // glyphs' own advances, unshaped, are never narrower than the shaped run.
    return font.glyphsForString(run).reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm;
  }
}

function estimatedEm(text: string): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em;
}

export function textWidth(text: string, size: number): number {
  if (!hasKhmer(text)) return estimatedEm(text) * size;
  let em = 0;
  let last = 0;
  for (const m of text.matchAll(KHMER_RUN)) {
    em += estimatedEm(text.slice(last, m.index)) + khmerEm(m[0]);
    last = m.index + m[0].length;
  }
  return (em + estimatedEm(text.slice(last))) * size;
}

export const LINE_HEIGHT = 1.2;

/** The box a label occupies (ascent 0.8 em above the first baseline, descent 0.25 em below the last). */
export function labelBox(label: Label): Box {
  const w = Math.max(...label.lines.map((l) => textWidth(l, label.size)));
  const h = label.size * (1.05 + LINE_HEIGHT * (label.lines.length - 1));
  const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x, y: label.y - 0.8 * label.size, w, h };
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.01 &&
    inner.y >= outer.y - 0.01 &&
    inner.x + inner.w <= outer.x + outer.w + 0.01 &&
    inner.y + inner.h <= outer.y + outer.h + 0.01
  );
}

export interface Candidate {
  dx: number;
  dy: number;
  anchor: Anchor;
}

/**
 * Places a label near a point: of the candidate offsets whose box stays inside
 * `bounds` and clear of every obstacle, the one nearest the point wins (ties go
 * to the earlier candidate); its box becomes an obstacle for the next label.
 * Returns null when nothing fits, so callers can fail loudly.
 */
export function place(
  point: { x: number; y: number },
  lines: string[],
  size: number,
  candidates: Candidate[],
  obstacles: Box[],
  bounds: Box,
  pad = 2,
  leaders: Segment[] = [],
): Label | null {
  let best: { label: Label; box: Box; d: number } | null = null;
  for (const c of candidates) {
    const label: Label = { x: point.x + c.dx, y: point.y + c.dy, lines, anchor: c.anchor, size };
    const box = labelBox(label);
    if (!inside(box, bounds)) continue;
    if (obstacles.some((o) => overlaps(box, o, pad))) continue;
    if (leaders.some((s) => crosses(s, box, pad))) continue;
    const leader = leaderTo(point, box, 3);
    if (leader && obstacles.some((o) => crosses(trimStart(leader, 6), o, 0))) continue;
    const d = distance(point, box);
    if (!best || d < best.d - 0.5) best = { label: { ...label, leader }, box, d };
  }
  if (!best) return null;
  obstacles.push(best.box);
  if (best.label.leader) leaders.push(best.label.leader);
  return best.label;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a segment passes through a box (grown by pad): clipped Liang–Barsky test. */
export function crosses(s: Segment, b: Box, pad = 0): boolean {
  const x0 = b.x - pad;
  const y0 = b.y - pad;
  const x1 = b.x + b.w + pad;
  const y1 = b.y + b.h + pad;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, s.x1 - x0],
    [dx, x1 - s.x1],
    [-dy, s.y1 - y0],
    [dy, y1 - s.y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** The segment without its first `by` units (a leader may touch the line it starts on). */
function trimStart(s: Segment, by: number): Segment {
  const len = Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  if (len <= by) return { x1: s.x2, y1: s.y2, x2: s.x2, y2: s.y2 };
  const k = by / len;
  return { x1: s.x1 + (s.x2 - s.x1) * k, y1: s.y1 + (s.y2 - s.y1) * k, x2: s.x2, y2: s.y2 };
}

/** Like place(), but takes the first candidate that fits, in the order given (for directed labels). */
export function placeFirst(...args: Parameters<typeof place>): Label | null {
  const [point, lines, size, candidates, obstacles, bounds, pad, leaders] = args;
  for (const c of candidates) {
    const found = place(point, lines, size, [c], [...obstacles], bounds, pad, [...(leaders ?? [])]);
    if (found) return place(point, lines, size, [c], obstacles, bounds, pad, leaders);
  }
  return null;
}

/** Distance from a point to the nearest point of a box (0 inside). */
export function distance(point: { x: number; y: number }, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.w));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.h));
  return Math.hypot(dx, dy);
}

/** Boxes of a polyline's segments (thin), so labels can keep off a drawn line. */
export function segmentBoxes(points: [number, number][], thickness = 2): Box[] {
  const out: Box[] = [];
  for (let k = 1; k < points.length; k++) {
    const [x1, y1] = points[k - 1];
    const [x2, y2] = points[k];
    out.push({
      x: Math.min(x1, x2) - thickness / 2,
      y: Math.min(y1, y2) - thickness / 2,
      w: Math.abs(x2 - x1) + thickness,
      h: Math.abs(y2 - y1) + thickness,
    });
  }
  return out;
}

/** Leader from a point to the nearest point of a box. */
export function leaderTo(point: { x: number; y: number }, box: Box, gap = 2) {
  const cx = Math.max(box.x, Math.min(point.x, box.x + box.w));
  const cy = Math.max(box.y, Math.min(point.y, box.y + box.h));
  const len = Math.hypot(cx - point.x, cy - point.y);
  if (len < gap * 3) return undefined;
  const ux = (cx - point.x) / len;
  const uy = (cy - point.y) / len;
  return { x1: point.x + ux * gap, y1: point.y + uy * gap, x2: cx - ux * gap, y2: cy - uy * gap };
}

/**
 * The places a line may end: after each space, and in Khmer (written without spaces
 * between words) at each word boundary Intl.Segmenter finds, as the browser breaks it.
 */
function pieces(text: string): string[] {
  if (!hasKhmer(text)) return text.split(/(?<= )/);
  khmerWords ??= new Intl.Segmenter('km', { granularity: 'word' });
  return [...khmerWords.segment(text)]
    .map((s) => s.segment)
    .reduce<string[]>((out, piece) => {
      // A space or punctuation mark stays with the word before it, so no line starts with one.
      if (out.length && !/[\p{L}\p{N}]/u.test(piece)) out[out.length - 1] += piece;
      else out.push(piece);
      return out;
    }, []);
}

/** Made once: building a segmenter loads ICU's Khmer dictionary. */
let khmerWords: Intl.Segmenter | undefined;

/** Greedy word wrap to a width (titles and long annotations). */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(text)) {
    const next = current + piece;
    if (current && textWidth(next.trimEnd(), size) > width) {
      lines.push(current.trimEnd());
      current = piece;
    } else current = next;
  }
  if (current.trimEnd()) lines.push(current.trimEnd());
  return lines;
}
