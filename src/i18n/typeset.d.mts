export declare function typeset(lang: string, text: string): string;
import type { HastPluginDefinition } from 'satteri';

/** Sätteri hast plugins (Astro's MDX processor). */
export declare const hastTypeset: HastPluginDefinition;
export declare const hastSentenceEnds: HastPluginDefinition;
