/** The part of fontkit (which ships no types) the build uses: shaping a run, reading its advances and a font's family name. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    name: string;
    advanceWidth: number;
    /** The outline in font units, y up from the baseline. */
    path: { commands: { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] }[] };
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
    advanceWidth: number;
  }
  export interface Font {
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphsForString(text: string): Glyph[];
    layout(text: string, features?: string[] | Record<string, boolean>, script?: string, language?: string): GlyphRun;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
  export function openSync(path: string, postscriptName?: string): Font;
}
