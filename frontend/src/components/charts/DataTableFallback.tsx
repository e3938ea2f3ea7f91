/** The chart's numbers as a table, for screen readers and for anyone who prefers numbers. */
import type { Datum } from "./chartTypes";

export function DataTableFallback({ caption, data }: { readonly caption: string; readonly data: readonly Datum[] }) {
  return (
    <details className="chart__data">
      <summary>Show data</summary>
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td className="num">{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
