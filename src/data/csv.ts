/**
 * A small RFC 4180 CSV reader that remembers where every cell came from, so a
 * bad value can be reported as file:line:column — the one thing d3-dsv cannot do.
 * Columns count characters from 1, as editors show them, never fields.
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

/** A syntax error found before the header names are known; readCsv names the column. */
class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly row: number,
    readonly field: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Splits text into rows of cells with their 1-based line and character column. */
function splitRows(src: string, delimiter: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  // A low surrogate continues the character its high surrogate started.
  const advance = (ch: string) => {
    if (!(ch >= '\uDC00' && ch <= '\uDFFF')) column++;
  };
  while (i <= src.length) {
    const startLine = line;
    const startColumn = column;
    let value = '';
    if (src[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= src.length) throw new CsvSyntaxError(startLine, startColumn, rows.length, row.length, 'unterminated quoted field');
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
          } else advance(ch);
        }
      }
      const next = src[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(line, column, rows.length, row.length, 'unexpected character after closing quote');
      }
    } else {
      while (i < src.length && src[i] !== delimiter && src[i] !== '\n' && src[i] !== '\r') {
        value += src[i];
        advance(src[i]);
        i++;
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

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (overlong forms and surrogates included), or -1. Only used to say where the
 * strict decoder failed: the decoding itself is TextDecoder's.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes a file's bytes as strict UTF-8. An invalid byte (a Latin-1 "ô" saved by
 * a spreadsheet, say) is reported where it is, never replaced by U+FFFD.
 */
function decode(bytes: Uint8Array, file: string, delimiter: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidByte(bytes));
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    const line = lines.length;
    const column = [...lines.at(-1)!.replace(/^\uFEFF/, '')].length + 1;
    // Name the column the byte sits in, reading the file leniently just for that.
    let name = 'header';
    try {
      const rows = splitRows(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), delimiter);
      const names = rows[0]?.map((c) => c.value.trim()) ?? [];
      for (const row of rows) {
        if (row[0].line > line) break;
        const k = row.findLastIndex((c) => c.line < line || (c.line === line && c.column <= column));
        if (row !== rows[0] && k >= 0) name = names[k] ?? 'extra field';
      }
    } catch {
      // The bad byte is reported even if the rest does not parse.
    }
    throw new DataError(file, line, column, `${name}: byte ${hex(bytes[bad])} is not valid UTF-8 (save the file as UTF-8)`);
  }
}

/**
 * Reads a CSV with a header row and at least one data row; checks the header
 * holds `required` columns, every row has the header's width, no cell holds a
 * replacement character and no row repeats another.
 */
export function readCsv(input: string | Uint8Array, file: string, required: readonly string[], delimiter = ','): CsvRecord[] {
  const text = (typeof input === 'string' ? input : decode(input, file, delimiter)).replace(/^\uFEFF/, '');
  let rows: Cell[][];
  try {
    rows = splitRows(text, delimiter);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    let name = 'header';
    if (e.row > 0) name = splitRows(text.split('\n')[0], delimiter)[0]?.[e.field]?.value.trim() ?? 'extra field';
    throw new DataError(file, e.line, e.column, `${name}: ${e.detail}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new DataError(file, 1, 1, 'header: the file is empty');
  const names = header.map((c) => c.value.trim());
  for (const name of required) {
    if (!names.includes(name)) throw new DataError(file, 1, 1, `header: missing column "${name}"`);
  }
  if (body.length === 0) throw new DataError(file, 2, 1, 'header: the file has a header but no data rows');
  const seen = new Map<string, number>();
  return body.map((cells) => {
    const first = cells[0];
    if (cells.length < names.length) {
      const last = cells.at(-1)!;
      const end = last.column + [...last.value].length;
      throw new DataError(file, last.line, end, `${names[cells.length]}: missing; expected ${names.length} fields, found ${cells.length}`);
    }
    if (cells.length > names.length) {
      const extra = cells[names.length];
      throw new DataError(
        file,
        extra.line,
        extra.column,
        `extra field: expected ${names.length} fields, found ${cells.length} (an unquoted comma?)`,
      );
    }
    cells.forEach((cell, k) => {
      const at = cell.value.indexOf('\uFFFD');
      if (at >= 0) {
        throw new DataError(
          file,
          cell.line,
          cell.column + [...cell.value.slice(0, at)].length,
          `${names[k]}: U+FFFD replacement character: the text was damaged by a wrong encoding`,
        );
      }
    });
    const key = JSON.stringify(cells.map((c) => c.value.trim()));
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new DataError(file, first.line, 1, `${names[0]}: row repeats line ${earlier}`);
    seen.set(key, first.line);
    const record: Record<string, Cell> = {};
    names.forEach((name, k) => (record[name] = cells[k]));
    return { line: first.line, cells: record };
  });
}
