/**
 * The print layer: everything a task shows on the terminal goes through here,
 * and here alone on-chain text is made harmless. Names, titles, regions, URIs
 * and revocation reasons are written by whoever holds a key; printed raw, an
 * ANSI escape (ESC, CSI 0x9b), a carriage return or a backspace in one of them
 * could move the cursor and overwrite what the tool said ("NOT VALID" reading
 * as "ATTESTED: 1 valid"), and a line break could forge a line. So:
 * - `print(text)` shows one line: every control character in it is escaped;
 * - `table(…)` and `toJson(…)` build multi-line `Block`s whose line breaks are
 *   the tool's own, with every cell or string escaped the same way;
 * - `printError(text)` does the same on stderr (error sentences name zones,
 *   entities and projects).
 */
import { isoFromSeconds } from "@pilot/sdk/time";

/**
 * C0 controls (TAB, LF, CR, BS and ESC included), DEL, C1 controls (0x9b is a
 * one-byte CSI), and the Unicode line separators and bidirectional overrides
 * that reorder what a reader sees ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without C0, which JSON.stringify escapes itself (its line breaks are the layout's). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b" };
const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, "0");

/**
 * The one sanitiser for terminal output: every control character becomes a
 * visible escape (`\x1b`, `\n`, `\u202e`, …), so nothing in `text` can act on
 * the terminal and a reader still sees that something odd was there.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** Multi-line output the print layer built itself: its line breaks are structure, every value in it was escaped. */
export class Block {
  readonly #lines: readonly string[];
  private constructor(lines: readonly string[]) {
    this.#lines = lines;
  }
  /** Only this module makes blocks. */
  static of(lines: readonly string[]): Block {
    return new Block(lines);
  }
  toString(): string {
    return this.#lines.map(terminalSafe).join("\n");
  }
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): Block {
  const safeRows = rows.map((r) => r.map(terminalSafe));
  const widths = headers.map((h, i) => Math.max(h.length, ...safeRows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return Block.of([line(headers), line(widths.map((w) => "-".repeat(w))), ...safeRows.map(line)]);
}

/** A time in seconds as `2026-01-31T12:00:00Z`; never throws (2^64-1 gives `no calendar date (… s)`). */
export const isoTime = (seconds: number | bigint): string => isoFromSeconds(seconds);

/**
 * Indented JSON that survives bigints. JSON.stringify already escapes C0
 * controls inside strings; the other unsafe characters get a `\uXXXX` escape
 * too, which is still valid JSON with the same values.
 */
export function toJson(value: unknown): Block {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2) ?? "null";
  return Block.of(text.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`).split("\n"));
}

/** One line on stdout (`text` escaped whole), or a block. */
export function print(text: string | Block): void {
  process.stdout.write(`${typeof text === "string" ? terminalSafe(text) : text.toString()}\n`);
}

/** One line on stderr, escaped like `print`. */
export function printError(text: string): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}
