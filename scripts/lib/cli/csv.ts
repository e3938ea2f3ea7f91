/** RFC 4180 CSV: fields with a comma, quote or line break are quoted. */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(columns: readonly (keyof T)[], rows: readonly T[]): string {
  const lines = [columns.map((c) => cell(c)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
