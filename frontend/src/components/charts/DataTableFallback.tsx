/** The chart's numbers as a table, for screen readers and for anyone who prefers numbers. */
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../format/display";
import type { Datum } from "./chartTypes";

export function DataTableFallback({ caption, data }: { readonly caption: string; readonly data: readonly Datum[] }) {
  const { t } = useTranslation();
  return (
    <details className="chart__data">
      <summary>{t("charts.showData")}</summary>
      <table className="table table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td className="num">{formatNumber(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
