export declare function typeset(lang: string, text: string): string;
