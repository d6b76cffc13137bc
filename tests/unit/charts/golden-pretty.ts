/**
 * Lays out an SVG for a golden file: one element per line, indented by depth, a leaf
 * element (title, desc, text in a tspan) on one line with its text, and the <style>
 * one rule per line. It only adds line breaks and indentation, so the golden file
 * says exactly what the chart draws, and a change is a diff of the lines it touched.
 */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const pad = () => '  '.repeat(depth);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.startsWith('<')) {
      if (token.trim()) lines.push(pad() + token);
      continue;
    }
    if (token.startsWith('<?') || token.startsWith('<!') || token.endsWith('/>')) {
      lines.push(pad() + token);
    } else if (token.startsWith('</')) {
      depth--;
      lines.push(pad() + token);
    } else {
      const name = /^<([^\s>]+)/.exec(token)![1];
      const [text, close] = [tokens[k + 1], tokens[k + 2]];
      if (name === 'style' && close === '</style>' && !text.startsWith('<')) {
        lines.push(pad() + token, ...text.split(/(?<=\})/).map((rule) => `${pad()}  ${rule}`), pad() + close);
        k += 2;
      } else if (text === `</${name}>`) {
        lines.push(pad() + token + text);
        k += 1;
      } else if (text !== undefined && !text.startsWith('<') && close === `</${name}>`) {
        lines.push(pad() + token + text + close);
        k += 2;
      } else {
        lines.push(pad() + token);
        depth++;
      }
    }
  }
  return lines.join('\n') + '\n';
}
