// Every built .html file is valid HTML under html-validate's recommended rules
// (.htmlvalidate.json at the repository root). One test per file, so a failure names
// the file, and every message names line, column and rule.
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, site, TRANSLATIONS } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
// The 70-character title is advice for English search snippets. A translation's title
// translates the English one and runs longer (Khmer counts every vowel sign as a
// character); every other rule holds for every language.
const translationValidator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
const isTranslation = (file: string) => TRANSLATIONS.some((l) => file.startsWith(`${l}/`));
const format = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe(`html-validate over ${site.dir}`, () => {
  it.each(htmlFiles())('%s', async (file) => {
    const report = await (isTranslation(file) ? translationValidator : validator).validateFile(join(site.dir, file));
    const messages = report.results.flatMap((r) => r.messages.map(format));
    expect(messages, `html-validate errors in ${file}`).toEqual([]);
  });
});
