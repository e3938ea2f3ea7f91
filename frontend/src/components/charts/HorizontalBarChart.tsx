/** Horizontal bars: good for long category labels (zones, fields, types); a long label wraps, never cut. */
import { formatNumber } from "../../format/display";
import { DataTableFallback } from "./DataTableFallback";
import { niceMax, type Datum } from "./chartTypes";

interface Props {
  readonly title: string;
  readonly data: readonly Datum[];
  readonly color?: string;
}

export function HorizontalBarChart({ title, data, color = "var(--chart-1)" }: Props) {
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  return (
    <figure className="chart">
      {/* A list, read as one: each row is "label, value" (a role="img" here would leave its <li> without a list). */}
      <ul className="hbar" aria-label={title}>
        {data.map((d) => (
          <li key={d.label} className="hbar__row">
            <span className="hbar__label" title={d.label}>
              {d.label}
            </span>
            <span className="hbar__track">
              <span className="hbar__bar" style={{ width: `${(d.value / max) * 100}%`, background: color }} />
            </span>
            <span className="hbar__value">{formatNumber(d.value)}</span>
          </li>
        ))}
      </ul>
      <DataTableFallback caption={title} data={data} />
    </figure>
  );
}
