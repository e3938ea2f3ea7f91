/**
 * RFC 4180 CSV (fields with a comma, quote or line break are quoted, quotes
 * doubled; lines end with CRLF), with OWASP's rule against CSV injection: a
 * cell that begins with `=`, `+`, `-`, `@`, TAB or CR would be read as a
 * formula by a spreadsheet, so it gets a leading single quote. Attestation
 * URIs and revocation reasons are anyone's text; a spreadsheet opening the
 * export must show them, never run them. The dApp writes no CSV: this is the
 * rule's one home.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised (leading `'` before a formula start), then quoted when it must be. */
export function csvCell(value: unknown): string {
  const raw = value === null || value === undefined ? "" : String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line (with its CRLF) of `row`'s `columns`. */
export function csvLine<T extends object>(columns: readonly (keyof T)[], row: T): string {
  return `${columns.map((c) => csvCell(row[c])).join(",")}\r\n`;
}
