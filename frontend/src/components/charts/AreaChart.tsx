/** Line + area over time (e.g. attestations per month), in SVG, with a value axis on round ticks. */
import { formatNumber } from "../../format/display";
import { DataTableFallback } from "./DataTableFallback";
import { niceTicks, type Datum } from "./chartTypes";
import { useElementWidth } from "./useElementWidth";

const H = 240;
const PAD = { top: 12, right: 24, bottom: 32 };

export function AreaChart({ title, data }: { readonly title: string; readonly data: readonly Datum[] }) {
  const [ref, W] = useElementWidth<HTMLElement>();
  const { ticks, top: max } = niceTicks(Math.max(0, ...data.map((d) => d.value)));
  const left = 12 + 7 * formatNumber(max).length;
  const innerW = W - left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = data.length > 1 ? innerW / (data.length - 1) : 0;
  const x = (i: number) => left + step * i;
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const line = data.map((d, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(d.value).toFixed(1)}`).join(" ");
  const area = data.length ? `${line} L${x(data.length - 1)},${PAD.top + innerH} L${x(0)},${PAD.top + innerH} Z` : "";
  const labelEvery = Math.max(1, Math.ceil(data.length / Math.max(2, Math.floor(W / 90))));

  return (
    <figure className="chart" ref={ref}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="chart__svg"
        role="img"
        aria-label={`${title}: ${data.map((d) => `${d.label} ${formatNumber(d.value)}`).join(", ")}`}
      >
        <defs>
          <linearGradient id="area-fill" x1="0" x2="0" y1="0" y2="1">
            <stop offset="0%" stopColor="var(--chart-1)" stopOpacity="0.28" />
            <stop offset="100%" stopColor="var(--chart-1)" stopOpacity="0.02" />
          </linearGradient>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart__grid" />
            <text x={left - 6} y={y(t)} className="chart__tick" textAnchor="end" dominantBaseline="middle">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        <path d={area} fill="url(#area-fill)" />
        <path d={line} fill="none" stroke="var(--chart-1)" strokeWidth={2.5} strokeLinejoin="round" />
        {data.map((d, i) => (
          <g key={d.label}>
            <circle cx={x(i)} cy={y(d.value)} r={3} fill="var(--surface)" stroke="var(--chart-1)" strokeWidth={2}>
              <title>{`${d.label}: ${formatNumber(d.value)}`}</title>
            </circle>
            {(i % labelEvery === 0 && data.length - 1 - i >= labelEvery) || i === data.length - 1 ? (
              <text x={x(i)} y={H - 10} className="chart__tick" textAnchor={i === data.length - 1 ? "end" : "middle"}>
                {d.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <DataTableFallback caption={title} data={data} />
    </figure>
  );
}
