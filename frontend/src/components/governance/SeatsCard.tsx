/** The bodies' seats: body (in the active language), the account voting for it, the guardian marked. */
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import type { Seat } from "../../data/governance/types";
import { bodyName } from "../../i18n/governanceText";
import { AccountName } from "../Address";
import { Badge } from "../Badge";
import { Card } from "../PageHeader";

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

export function SeatsCard({
  seats,
  guardian,
  me,
}: {
  readonly seats: readonly Seat[];
  readonly guardian: Address | undefined;
  readonly me: Address | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t("governance.seats.title", { count: seats.length })}>
      <div className="table-scroll">
        <table className="table" data-testid="governance-seats">
          <caption className="visually-hidden">{t("governance.seats.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("governance.seats.id")}</th>
              <th scope="col">{t("governance.seats.body")}</th>
              <th scope="col">{t("governance.seats.holder")}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((s) => (
              <tr key={s.id} data-testid="seat" data-holder={s.holder.toLowerCase()}>
                <td className="mono">#{s.id}</td>
                <td>
                  {bodyName(s.name)} {same(s.holder, guardian) ? <Badge tone="warning">{t("governance.seats.guardian")}</Badge> : null}{" "}
                  {same(s.holder, me) ? <Badge tone="info">{t("governance.seats.you")}</Badge> : null}
                </td>
                <td>
                  <AccountName address={s.holder} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {guardian ? <p className="muted small">{t("governance.seats.guardianNote")}</p> : null}
    </Card>
  );
}
