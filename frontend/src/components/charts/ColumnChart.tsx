/** Vertical bars in SVG, with a value axis and gridlines. */
import { DataTableFallback } from "./DataTableFallback";
import { niceMax, type Datum } from "./chartTypes";
import { useElementWidth } from "./useElementWidth";

const H = 240;
const PAD = { top: 12, right: 8, bottom: 44, left: 36 };

export function ColumnChart({ title, data, colors }: { readonly title: string; readonly data: readonly Datum[]; readonly colors?: readonly string[] }) {
  const [ref, W] = useElementWidth<HTMLElement>();
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const band = innerW / Math.max(1, data.length);
  const barW = Math.min(48, band * 0.6);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;

  return (
    <figure className="chart" ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-label={`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(", ")}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart__grid" />
            <text x={PAD.left - 6} y={y(t)} className="chart__tick" textAnchor="end" dominantBaseline="middle">
              {Math.round(t)}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const x = PAD.left + band * i + (band - barW) / 2;
          return (
            <g key={d.label}>
              <rect x={x} y={y(d.value)} width={barW} height={PAD.top + innerH - y(d.value)} rx={3} fill={colors?.[i % colors.length] ?? "var(--chart-1)"} />
              <text x={x + barW / 2} y={y(d.value) - 4} className="chart__value" textAnchor="middle">
                {d.value}
              </text>
              <text x={x + barW / 2} y={H - PAD.bottom + 16} className="chart__tick" textAnchor="middle">
                {band < 64 ? d.label.slice(0, 4) + (d.label.length > 4 ? "." : "") : d.label}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTableFallback caption={title} data={data} />
    </figure>
  );
}
