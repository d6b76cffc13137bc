export interface Weighed {
  path: string;
  english: string | null;
  gzip: number;
  brotli: number;
  over: boolean;
  /** Its weight over English's if only its visible text differed (absent without an English page). */
  textAlone?: number | null;
}
/** A page's figures as the bench takes them: total = [raw, gzip, brotli]; parts.text = its visible text's bytes. */
export interface Measured {
  total: number[];
  parts?: { text: { gzip: number } };
}
export declare function againstEnglish(rows: ({ path: string } & Measured)[], overEnglishMax: number): Weighed[];
export declare function textAlone(r: Measured, en: Measured): number | null;
export declare function disagreeing(all: Record<string, number[]>, spreadWarn: number): string[];
export declare function lighthouseLines(
  results: { path: string; all: Record<string, number[]>; metrics?: Record<string, number[]>; time: string }[],
  o: { runs: number; minScore: number; spreadWarn: number },
): string[];
export declare function median(xs: number[]): number;
export declare function table(head: string[], lines: string[][], left?: number): string;
