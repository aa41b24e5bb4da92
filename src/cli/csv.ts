// A small RFC 4180 reader: quoted fields, "" escapes, CRLF or LF, a leading BOM. slakit ships no
// runtime dependency but date-fns' zone helper, so the CLI reads CSV itself.

/** One data row: its 1-based line number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A CSV file that cannot be read at all (not one bad value: those are reported per row). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

function records(text: string): { row: number; fields: string[] }[] {
  const out: { row: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let startRow = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ row: startRow, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') row++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      row++;
      startRow = row;
    } else {
      field += c;
    }
  }
  if (quoted) throw new CsvSyntaxError(`row ${startRow}: a quoted field is not closed`);
  if (field !== '' || fields.length > 0) endRecord();
  return out;
}

/** Parses CSV text with a header row into rows keyed by the (trimmed) header names. */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const [head, ...body] = records(text);
  if (head === undefined) throw new CsvSyntaxError('the file is empty; expected a header row');
  const header = head.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') throw new CsvSyntaxError('row 1: a header cell is empty');
    if (seen.has(name)) throw new CsvSyntaxError(`row 1: the column '${name}' appears twice`);
    seen.add(name);
  }
  const rows = body.map(({ row, fields }) => {
    if (fields.length !== header.length) {
      throw new CsvSyntaxError(`row ${row}: has ${fields.length} fields; the header has ${header.length}`);
    }
    const values: Record<string, string> = Object.create(null) as Record<string, string>;
    header.forEach((name, i) => {
      values[name] = (fields[i] as string).trim();
    });
    return { row, values };
  });
  return { header, rows };
}
