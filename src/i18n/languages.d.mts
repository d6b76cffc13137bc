export declare const LOCALES: readonly ['en', 'fr', 'es', 'uk', 'km'];
export declare const DEFAULT_LOCALE_CODE: 'en';
