/** Vertical bars in SVG, with a value axis on round ticks, gridlines, and whole category labels (wrapped; full text in a tooltip). */
import { formatNumber } from "../../format/display";
import { DataTableFallback } from "./DataTableFallback";
import { niceTicks, textEm, wrapLabel, type Datum } from "./chartTypes";
import { useElementWidth } from "./useElementWidth";

const H = 240;
const FONT_PX = 12;
const LINE_PX = 14;
const MAX_LINES = 3;
/** The angle of slanted labels (radians). */
const SLANT = Math.PI / 5;

export function ColumnChart({ title, data, colors }: { readonly title: string; readonly data: readonly Datum[]; readonly colors?: readonly string[] }) {
  const [ref, W] = useElementWidth<HTMLElement>();
  const { ticks, top } = niceTicks(Math.max(0, ...data.map((d) => d.value)));
  const left = 12 + 7 * formatNumber(top).length;
  const band = (W - left - 8) / Math.max(1, data.length);
  const widthEm = Math.max(2, (band - 4) / FONT_PX);
  // Each label on up to three lines under its bar; when a single word is wider than the bar (a phone),
  // the labels are written whole on a slant instead of broken inside a word.
  const slanted = data.some((d) => d.label.split(/\s+/).some((word) => textEm(word) > widthEm));
  const labels = data.map((d) => (slanted ? [d.label] : wrapLabel(d.label, widthEm, MAX_LINES)));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const slantDrop = slanted ? Math.ceil(Math.max(...data.map((d) => textEm(d.label))) * FONT_PX * Math.sin(SLANT)) : 0;
  const PAD = { top: 16, right: 8, bottom: slanted ? 22 + slantDrop : 14 + lines * LINE_PX, left };
  const height = H + (slanted ? slantDrop : (lines - 1) * LINE_PX);
  const innerH = height - PAD.top - PAD.bottom;
  const barW = Math.min(48, band * 0.6);
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;

  return (
    <figure className="chart" ref={ref}>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        className="chart__svg"
        role="img"
        aria-label={`${title}: ${data.map((d) => `${d.label} ${formatNumber(d.value)}`).join(", ")}`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart__grid" />
            <text x={PAD.left - 6} y={y(t)} className="chart__tick" textAnchor="end" dominantBaseline="middle">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const x = PAD.left + band * i + (band - barW) / 2;
          return (
            <g key={d.label} data-testid="chart-column">
              <title>{`${d.label}: ${formatNumber(d.value)}`}</title>
              <rect x={x} y={y(d.value)} width={barW} height={PAD.top + innerH - y(d.value)} rx={3} fill={colors?.[i % colors.length] ?? "var(--chart-1)"} />
              <text x={x + barW / 2} y={y(d.value) - 4} className="chart__value" textAnchor="middle">
                {formatNumber(d.value)}
              </text>
              <text
                x={x + barW / 2}
                y={height - PAD.bottom + 16}
                className="chart__tick"
                textAnchor={slanted ? "end" : "middle"}
                transform={slanted ? `rotate(${(-SLANT * 180) / Math.PI} ${x + barW / 2} ${height - PAD.bottom + 12})` : undefined}
                data-testid="chart-label"
              >
                {(labels[i] ?? []).map((line, n) => (
                  <tspan key={n} x={x + barW / 2} dy={n === 0 ? 0 : LINE_PX}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTableFallback caption={title} data={data} />
    </figure>
  );
}
