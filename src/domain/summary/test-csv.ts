// An RFC 4180 reader written for the tests (unit and e2e) of the CSV exports: CRLF records, quoted
// fields, "" for a quote. Strict, so a malformed export fails the test instead of reading oddly:
// a bare CR or LF outside quotes, or a last record without its CRLF, throws. The BOM is the
// caller's to check and strip.
export function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      throw new Error(`bare CR or LF outside quotes at ${i}`);
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('the file does not end with CRLF');
  return rows;
}
