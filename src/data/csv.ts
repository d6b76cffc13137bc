/**
 * A small RFC 4180 CSV reader that remembers where every cell came from, so a
 * bad value can be reported as file:line:column — the one thing d3-dsv cannot do.
 */
export interface Cell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRecord {
  line: number;
  cells: Record<string, Cell>;
}

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'DataError';
  }
}

/** Splits text into rows of cells with their 1-based line and column. */
export function readRows(text: string, file: string, delimiter = ','): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i <= src.length) {
    const startLine = line;
    const startColumn = column;
    let value = '';
    if (src[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= src.length) throw new DataError(file, startLine, startColumn, 'unterminated quoted field');
        const ch = src[i];
        if (ch === '"' && src[i + 1] === '"') {
          value += '"';
          i += 2;
          column += 2;
        } else if (ch === '"') {
          i++;
          column++;
          break;
        } else {
          value += ch;
          i++;
          if (ch === '\n') {
            line++;
            column = 1;
          } else column++;
        }
      }
      const next = src[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new DataError(file, line, column, 'unexpected character after closing quote');
      }
    } else {
      while (i < src.length && src[i] !== delimiter && src[i] !== '\n' && src[i] !== '\r') {
        value += src[i];
        i++;
        column++;
      }
    }
    row.push({ value, line: startLine, column: startColumn });
    if (src[i] === delimiter) {
      i++;
      column++;
      continue;
    }
    // End of record: newline (CRLF or LF) or end of input.
    if (src[i] === '\r') i++;
    if (!(row.length === 1 && row[0].value === '')) rows.push(row);
    row = [];
    i++;
    line++;
    column = 1;
  }
  return rows;
}

/** Reads a CSV with a header row; checks the header holds `required` columns and every row has the header's width. */
export function readCsv(text: string, file: string, required: readonly string[], delimiter = ','): CsvRecord[] {
  const [header, ...body] = readRows(text, file, delimiter);
  if (!header) throw new DataError(file, 1, 1, 'file is empty');
  const names = header.map((c) => c.value.trim());
  for (const name of required) {
    if (!names.includes(name)) throw new DataError(file, 1, 1, `missing column "${name}"`);
  }
  return body.map((cells) => {
    const first = cells[0];
    if (cells.length !== names.length) {
      throw new DataError(file, first.line, 1, `expected ${names.length} fields, found ${cells.length}`);
    }
    const record: Record<string, Cell> = {};
    names.forEach((name, k) => (record[name] = cells[k]));
    return { line: first.line, cells: record };
  });
}
