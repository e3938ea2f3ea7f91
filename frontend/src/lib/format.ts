/** Small display helpers. */

/** 0x1234…abcd */
export function shortHex(value: string, head = 6, tail = 4): string {
  if (value.length <= head + tail + 1) return value;
  return `${value.slice(0, head)}…${value.slice(-tail)}`;
}

const numberFormat = new Intl.NumberFormat("en");
export const formatNumber = (n: number): string => numberFormat.format(n);

const dateFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" });
export const formatDate = (d: Date): string => dateFormat.format(d);

const dateTimeFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
export const formatDateTime = (d: Date): string => dateTimeFormat.format(d);
