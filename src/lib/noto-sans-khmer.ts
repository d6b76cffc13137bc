/**
 * Noto Sans Khmer as @fontsource ships it, read with fontkit at build time: the charts
 * measure Khmer labels with the bold weight (src/charts/kit/text.ts) and the language
 * switcher draws "ខ្មែរ" in the regular one (src/i18n/outline.ts). Each weight is read
 * once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

const fonts = new Map<400 | 700, fontkit.Font>();

export function notoSansKhmer(weight: 400 | 700): fontkit.Font {
  let font = fonts.get(weight);
  if (!font) {
    // From the project root: at build time the calling module runs bundled, from the output folder.
    const file = `node_modules/@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-${weight}-normal.woff2`;
    fonts.set(weight, (font = fontkit.create(readFileSync(join(process.cwd(), file)))));
  }
  return font;
}
