/** RFC 4180 CSV: fields with a comma, quote or line break are quoted; lines end with CRLF. */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line (with its CRLF) of `row`'s `columns`. */
export function csvLine<T extends object>(columns: readonly (keyof T)[], row: T): string {
  return `${columns.map((c) => cell(row[c])).join(",")}\r\n`;
}
