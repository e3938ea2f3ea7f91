/**
 * An office's expiry next to its holder: "until 5 Dec 2028", or marked "expired …" once it has lapsed by
 * the chain's clock (data/chainTime.ts, as roles.ts judges offices): the chain refuses a lapsed office by
 * its own time, which need not be the wall clock's (the local sample's runs in 2025).
 */
import { useTranslation } from "react-i18next";
import { officeLapsed } from "@pilot/sdk/governance";
import { useChainTime } from "../data/chainTime";
import { formatUtcDay } from "../format/display";
import { Badge } from "./Badge";

export function OfficeExpiry({ expiresAt }: { readonly expiresAt: number | undefined }) {
  const { t } = useTranslation();
  const chainTime = useChainTime();
  if (!expiresAt) return null;
  const date = formatUtcDay(expiresAt);
  // the wall clock only when the chain cannot be read; nothing is marked while its clock is on its way
  const now = chainTime.data ?? (chainTime.isError ? Math.floor(Date.now() / 1000) : undefined);
  if (now === undefined) return null;
  return officeLapsed(expiresAt, now) ? (
    <span data-testid="office-expiry" data-lapsed="true">
      <Badge tone="danger">{t("governance.office.expired", { date })}</Badge>
    </span>
  ) : (
    <span className="muted small" data-testid="office-expiry">
      {t("governance.office.until", { date })}
    </span>
  );
}
