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
  /** The SVG path, in font units, y pointing down, the baseline at 0. */
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
}

/** The regular weight, as the switcher's other names are set. */
const khmerRegular = () => notoSansKhmer(400);

const cache = new Map<string, Outline>();

/** The outline of `text` as Noto Sans Khmer Regular sets it; whole font units (1/1000 em) are finer than any screen shows. */
export function khmerOutline(text: string): Outline {
  const found = cache.get(text);
  if (found) return found;
  const f = khmerRegular();
  const run = f.layout(text);
  let x = 0;
  let top = 0;
  let d = '';
  run.glyphs.forEach((glyph, k) => {
    const at = run.positions[k];
    const ox = x + at.xOffset;
    const oy = at.yOffset;
    for (const { command, args } of glyph.path.commands) {
      const points: number[] = [];
      for (let i = 0; i < args.length; i += 2) {
        const y = Math.round(-(oy + args[i + 1]));
        points.push(Math.round(ox + args[i]), y);
        top = Math.min(top, y);
      }
      d += COMMAND[command] + points.join(' ');
    }
    x += at.xAdvance;
  });
  const em = (units: number) => `${units / f.unitsPerEm}em`;
  const outline = { d, viewBox: `0 ${top} ${Math.round(x)} ${-top}`, width: em(Math.round(x)), height: em(-top) };
  cache.set(text, outline);
  return outline;
}

const COMMAND: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };
