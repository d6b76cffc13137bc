/**
 * A word drawn as its letters' outlines, for the one Khmer word every page shows: the
 * language switcher's "ខ្មែរ". The Khmer web font loads only on Khmer pages (29 KB);
 * elsewhere a reader without a Khmer system font would see empty boxes on the link
 * that leads Khmer readers to their edition. The outline is shaped by fontkit (its
 * layout() applies the font's GSUB and GPOS, so the vowel sign moves before the
 * consonant and ្ម becomes its subscript form) from the Noto Sans Khmer the Khmer
 * pages use, and drawn at build time: no font file, no request.
 */
import { notoSansKhmer } from '../lib/noto-sans-khmer';

export interface Outline {
  /** The SVG path, in GRID units (250 per em), y pointing down, the baseline at 0. */
  d: string;
  /**
   * The viewBox: from the top of the highest letter down to the baseline, as wide as
   * the shaped run. Its bottom edge is the baseline, so the box sits on the text's
   * baseline as an image does; what hangs below (the subscript) is drawn outside the
   * box (overflow visible), where the line's descent already is.
   */
  viewBox: string;
  /** The box in em of the surrounding text, so the word is set at the text's size. */
  width: string;
  height: string;
  /** How far the drawing hangs below the baseline (the subscript), in em. */
  depth: string;
  /** The same, in GRID units. */
  bottom: number;
}

/** The regular weight, as the switcher's other names are set. */
const khmerRegular = () => notoSansKhmer(400);

const cache = new Map<string, Outline>();

/**
 * Units of the drawing per em. A 250th of an em is 0.06 px at the switcher's 14.4 px,
 * 0.2 px at 400 % zoom: finer than a screen shows, and half the digits of the font's 1000.
 */
const GRID = 250;

/** A number list as SVG's grammar allows it: a minus sign separates as well as a space. */
const numbers = (values: number[]) => values.map((v, k) => (k > 0 && v >= 0 ? ' ' : '') + v).join('');

/**
 * The outline of `text` as Noto Sans Khmer Regular sets it, in relative commands on the
 * GRID. Each point is rounded where it is, then written as the step from the last one:
 * rounding never accumulates along a contour.
 */
export function khmerOutline(text: string): Outline {
  const found = cache.get(text);
  if (found) return found;
  const f = khmerRegular();
  const scale = GRID / f.unitsPerEm;
  const run = f.layout(text);
  let x = 0;
  let top = 0;
  let bottom = 0;
  let d = '';
  // The pen (where the last command ended) and the start of the contour (where Z returns to).
  let pen = [0, 0];
  let start = [0, 0];
  run.glyphs.forEach((glyph, k) => {
    const at = run.positions[k];
    const ox = x + at.xOffset;
    const oy = at.yOffset;
    for (const { command, args } of glyph.path.commands) {
      if (command === 'closePath') {
        d += 'z';
        pen = start;
        continue;
      }
      const steps: number[] = [];
      let end = pen;
      for (let i = 0; i < args.length; i += 2) {
        const point = [Math.round((ox + args[i]) * scale), Math.round(-(oy + args[i + 1]) * scale)];
        top = Math.min(top, point[1]);
        bottom = Math.max(bottom, point[1]);
        // Every point of a relative curve is measured from where the command starts.
        steps.push(point[0] - pen[0], point[1] - pen[1]);
        end = point;
      }
      if (command === 'moveTo') start = end;
      pen = end;
      d += COMMAND[command] + numbers(steps);
    }
    x += at.xAdvance;
  });
  const width = Math.round(x * scale);
  const em = (units: number) => `${units / GRID}em`;
  const outline = { d, viewBox: `0 ${top} ${width} ${-top}`, width: em(width), height: em(-top), depth: em(bottom), bottom };
  cache.set(text, outline);
  return outline;
}

const COMMAND: Record<string, string> = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' };

/**
 * The outline as a file of its own, the whole drawing in its box (the subscript
 * included), for a CSS mask: every page but the Khmer ones shows it, so it is drawn
 * once in a cached file (src/assets/khmer-autonym.svg) rather than in every page.
 * Black on nothing: a mask reads only its alpha.
 */
export function khmerOutlineFile(text: string): string {
  const { d, viewBox, bottom } = khmerOutline(text);
  const [x, top, width] = viewBox.split(' ').map(Number);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${top} ${width} ${bottom - top}"><path d="${d}"/></svg>\n`;
}
