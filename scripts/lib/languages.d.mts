export declare const TRANSLATIONS: string[];
export declare function languageOf(path: string): string;
export declare function englishPathOf(path: string): string;
export declare function templateOf(path: string): string;
export declare function slowGatePages(paths: string[]): string[];
