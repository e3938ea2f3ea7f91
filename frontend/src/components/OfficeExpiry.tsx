/** An office's expiry next to its holder: "until 5 Dec 2028", or marked "expired …" once it has lapsed. */
import { useTranslation } from "react-i18next";
import { officeLapsed } from "@sdk/governance";
import { formatDate } from "../lib/format";
import { Badge } from "./Badge";

export function OfficeExpiry({ expiresAt }: { readonly expiresAt: number | undefined }) {
  const { t } = useTranslation();
  if (!expiresAt) return null;
  const date = formatDate(new Date(expiresAt * 1000));
  return officeLapsed(expiresAt, Math.floor(Date.now() / 1000)) ? (
    <span data-testid="office-expiry" data-lapsed="true"><Badge tone="danger">{t("governance.office.expired", { date })}</Badge></span>
  ) : (
    <span className="muted small" data-testid="office-expiry">{t("governance.office.until", { date })}</span>
  );
}
