// Every built .html file is valid HTML under html-validate's recommended rules
// (.htmlvalidate.json at the repository root). One test per file, so a failure names
// the file, and every message names line, column and rule.
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles, site } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe(`html-validate over ${site.dir}`, () => {
  it.each(htmlFiles())('%s', async (file) => {
    const report = await validator.validateFile(join(site.dir, file));
    const messages = report.results.flatMap((r) => r.messages.map(format));
    expect(messages, `html-validate errors in ${file}`).toEqual([]);
  });
});
