export declare function typeset(lang: string, text: string): string;
/** Sätteri hast plugins (Astro's MDX processor). */
export declare const hastTypeset: { name: string; text: (node: unknown, ctx: unknown) => unknown };
export declare const hastSentenceEnds: { name: string; text: (node: unknown, ctx: unknown) => unknown };
