/**
 * Small states are drawn as dots whose shape, as well as colour, gives their
 * status, so it reads in greyscale, forced colours and for colour-blind readers;
 * the legend shows the same shapes. Each dot's path is "M x y" (its centre)
 * followed by its shape in relative moves, so the page script can reshape a dot
 * when the date changes by swapping what follows the centre.
 */
export const DOT_SHAPE: Record<string, string> = {
  // State Party: a circle of radius 3.
  p: 'm-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0z',
  // Signed, not ratified: a triangle.
  s: 'm0-4.6l4 6.9h-8z',
  // Withdrawn: a diamond.
  w: 'm0-3.8l3.8 3.8-3.8 3.8-3.8-3.8z',
  // Not party: a square.
  n: 'm-2.7-2.7h5.4v5.4h-5.4z',
};

export const dotPath = (code: string, x: number, y: number) => `M${x} ${y}${DOT_SHAPE[code]}`;

/** The same dot at a new status: the centre kept, the shape swapped. */
export const reshape = (d: string, code: string) => d.replace(/m.*$/, DOT_SHAPE[code]);
