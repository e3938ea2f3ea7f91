export interface Datum {
  readonly label: string;
  readonly value: number;
}

/** A "nice" upper bound for an axis (1, 2, 2.5, 5 × 10^n). */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const exp = Math.pow(10, Math.floor(Math.log10(max)));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * exp >= max) return step * exp;
  return 10 * exp;
}

/**
 * Round value-axis ticks for counts: 0 and whole multiples of a step of 1, 2 or 5 × 10^n, at most
 * `maxTicks` intervals, the last at or above `max` (0/10/20/30, never 0/13/25/38). `top` is the axis end.
 */
export function niceTicks(max: number, maxTicks = 5): { readonly ticks: readonly number[]; readonly top: number } {
  const m = Number.isFinite(max) && max > 0 ? max : 1;
  let step = 1;
  for (let exp = 1; ; exp *= 10) {
    const found = [1, 2, 5].map((s) => s * exp).find((s) => Math.ceil(m / s) <= maxTicks);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const n = Math.max(1, Math.ceil(m / step));
  return { ticks: Array.from({ length: n + 1 }, (_, i) => i * step), top: n * step };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Rough width of `text` in `em`: CJK characters are 1 em wide, others about 0.55 em. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : 0.55;
  return w;
}

/**
 * A label broken into lines no wider than `widthEm` (words kept whole where they fit, CJK text broken
 * between characters, an over-long word broken where it must), at most `maxLines`; the last line ends
 * with "…" only when even that is not enough (the full label is then in the chart's tooltip and table).
 */
export function wrapLabel(label: string, widthEm: number, maxLines = 3): string[] {
  const tokens = label.split(/(\s+)/).flatMap((part) => (/^\s+$/.test(part) ? [" "] : WIDE.test(part) ? [...part] : part ? [part] : []));
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = "";
  };
  for (const token of tokens) {
    if (token === " ") {
      if (line) line += " ";
      continue;
    }
    if (textEm(line + token) <= widthEm) {
      line += token;
      continue;
    }
    push();
    let rest = token;
    while (textEm(rest) > widthEm) {
      let cut = 1;
      while (cut < rest.length && textEm(rest.slice(0, cut + 1)) <= widthEm) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 1 && textEm(`${last}…`) > widthEm) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
