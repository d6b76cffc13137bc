export interface Weighed {
  path: string;
  english: string | null;
  gzip: number;
  brotli: number;
  over: boolean;
}
export declare function againstEnglish(rows: { path: string; total: number[] }[], overEnglishMax: number): Weighed[];
export declare function disagreeing(all: Record<string, number[]>, spreadWarn: number): string[];
export declare function lighthouseLines(
  results: { path: string; all: Record<string, number[]>; metrics?: Record<string, number[]>; time: string }[],
  o: { runs: number; minScore: number; spreadWarn: number },
): string[];
export declare function median(xs: number[]): number;
export declare function table(head: string[], lines: string[][], left?: number): string;
