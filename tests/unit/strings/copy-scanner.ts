/**
 * Finds reader-facing English in source files: text nodes and reader-facing
 * attributes of .astro templates, and string literals in code. "English" is a
 * run of two or more plain words ("Data table", "no data"), which class lists,
 * ids, selectors, paths and data keys are not. Comments and developer-facing
 * error messages are skipped; the few literals that look like words but are
 * not copy are listed, with the reason, in ALLOWED.
 */

/** Literals that read as words but no reader sees as copy. Keep short; say why. */
export const ALLOWED: Record<string, string> = {
  'gap label': 'what must() names in a layout error',
  'inset gap label': 'what must() names in a layout error',
  'inset value': 'what must() names in a layout error',
  'recorded total': 'what must() names in a layout error (the drawn word comes from the strings)',
  'United States': "a state's name (map label)",
  'extra field': 'what a CSV error names a cell beyond the header (src/data)',
  'the total': 'what a data error names the total column (src/data)',
  'the day the treaty opened for signature': 'why a data error rejects an earlier date (src/data)',
  'the day the treaty entered into force': 'why a data error rejects an earlier date (src/data)',
};

export interface Finding {
  file: string;
  line: number;
  text: string;
}

// A run does not start after a quote mark inside a literal: CSP keywords ("'self' data:") are not words.
const WORDS = /(?<![\w./#:=@$'-])[A-Za-z][a-z’']+(?:[ \u00a0]+[A-Za-z][a-z’']*)+(?![\w/#=-])/g;

/** Two or more plain words in a row, each of two letters or more. */
export function englishRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORDS)) {
    const words = m[0].split(/[ \u00a0]+/);
    if (words.length >= 2 && words.filter((w) => w.length >= 2).length >= 2 && !(m[0] in ALLOWED)) out.push(m[0]);
  }
  return out;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Comments and error messages out, keeping line numbers. */
function stripCode(code: string): string {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, blank)
      .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + blank(m.slice(pre.length)))
      // Errors stop the build for whoever maintains the code or data (new DataError(…), fail(…), failAt(…)): no reader sees them.
      .replace(/(?:\bnew \w*Error|\bfail\w*|\bconsole\.\w+|\.regex)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)/g, blank)
      // A seed's own words ({ file: '001', words: '…' }) are checked against its fingerprints, never shown.
      .replace(/\{\s*file:\s*'\d+',\s*words:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*\}/g, blank)
      .replace(/^\s*(?:import|export)\b[^\n]*\bfrom\s*['"][^'"]+['"];?/gm, blank)
      .replace(/^\s*import\s*['"][^'"]+['"];?/gm, blank)
  );
}

/** String literals of code, template literal expressions replaced by a neutral mark. */
function literals(code: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  const re = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const m of code.matchAll(re)) {
    let text = m[0].slice(1, -1);
    if (m[0][0] === '`') {
      // ${…} may nest braces one level deep; each becomes ¤ so it never joins words.
      text = text.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, ' ¤ ');
    }
    out.push({ index: m.index!, text });
  }
  return out;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

export function scanCode(file: string, source: string, offset = 0, whole = source): Finding[] {
  const code = stripCode(source);
  return literals(code).flatMap((l) => englishRuns(l.text).map((text) => ({ file, line: lineAt(whole, offset + l.index), text })));
}

/** Attributes a reader sees or hears. */
const READER_ATTRS = /\b(?:title|description|heading|aria-label|alt|placeholder|aria-description|label)="([^"]*)"/g;

export function scanAstro(file: string, source: string): Finding[] {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const findings: Finding[] = [];
  let template = source;
  if (fm) {
    findings.push(...scanCode(file, fm[1], 4, source));
    template = blank(fm[0]) + source.slice(fm[0].length);
  }
  template = template.replace(/<style[\s\S]*?<\/style>/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  // Client scripts are code.
  for (const m of template.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    findings.push(...scanCode(file, m[1], m.index! + m[0].indexOf(m[1]), source));
  }
  template = template.replace(/<script[\s\S]*?<\/script>/g, blank);
  // Expressions in braces are code: scan their literals, then blank them.
  const expr = /\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g;
  // Class lists of the markup inside an expression are not copy: blank them so the code scan does not read them as strings.
  const classes = /\bclass="[^"]*"/g;
  for (const m of template.matchAll(expr)) {
    findings.push(...scanCode(file, m[0].replace(classes, blank), m.index!, source));
    // Markup inside an expression ({list.map((x) => <li>…</li>)}) has text nodes too: what lies between a tag's end and the next tag.
    for (const n of m[0].matchAll(/(?<=<[\w/][^<>]*>)[^<>{}]+(?=<)/g)) {
      for (const run of englishRuns(n[0])) findings.push({ file, line: lineAt(source, m.index! + n.index!), text: run });
    }
  }
  const text = template.replace(expr, (m) => blank(m));
  for (const m of text.matchAll(READER_ATTRS)) {
    for (const run of englishRuns(m[1])) findings.push({ file, line: lineAt(source, m.index!), text: run });
  }
  // Text nodes: what lies between tags.
  const nodes = text.replace(/<[^>]*>/g, (m) => blank(m).replace(/ /g, '\u0000'));
  // eslint-disable-next-line no-control-regex -- NUL marks where a tag was blanked out
  for (const m of nodes.matchAll(/[^\u0000]+/g)) {
    for (const run of englishRuns(m[0])) findings.push({ file, line: lineAt(source, m.index!), text: run });
  }
  return findings.sort((a, b) => a.line - b.line);
}

/** Stylesheets: only what `content:` draws on the page. */
export function scanCss(file: string, source: string): Finding[] {
  const css = source.replace(/\/\*[\s\S]*?\*\//g, blank);
  const findings: Finding[] = [];
  for (const m of css.matchAll(/\bcontent:([^;}]*)/g)) {
    for (const l of literals(m[1])) {
      for (const text of englishRuns(l.text)) findings.push({ file, line: lineAt(source, m.index! + 8 + l.index), text });
    }
  }
  return findings;
}

export function scan(file: string, source: string): Finding[] {
  if (file.endsWith('.astro')) return scanAstro(file, source);
  return file.endsWith('.css') ? scanCss(file, source) : scanCode(file, source);
}
