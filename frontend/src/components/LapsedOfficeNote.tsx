/**
 * Issue 10, on the Attest page: the connected account's offices lapsed (data/roles.ts judges them by the
 * chain's clock), so it can no longer attest with them. Says which and when, instead of offering nothing
 * without a word. Nothing while the term runs or without an office.
 */
import { useTranslation } from "react-i18next";
import type { AccountRoles } from "../data/roles";
import { joinRoles, rolesText } from "../i18n/labels";
import { formatUtcDay } from "../format/display";

type Names = { zone: (id: number) => string; entity: (id: number) => string };

/** "Your office (Administrator of zone Ganzhou) lapsed on 1 Jan 2025: …", or undefined without a lapsed office. */
export function useLapsedOfficeText(roles: AccountRoles | undefined, names: Names): string | undefined {
  const { t } = useTranslation();
  const lapsed = roles?.lapsed;
  if (!roles || !lapsed) return undefined;
  const offices = rolesText({ ...roles, isProgrammeOffice: false, entityId: 0, ...lapsed }, names);
  return t("officeTerms.attestLapsed", { count: offices.length, offices: joinRoles(offices), date: formatUtcDay(lapsed.expiredAt) });
}

/** The same sentence as a note of its own (above a form). */
export function LapsedOfficeNote({ roles, names }: { readonly roles: AccountRoles | undefined; readonly names: Names }) {
  const text = useLapsedOfficeText(roles, names);
  return text ? (
    <p className="notice" role="note" data-testid="attest-office-lapsed">
      {text}
    </p>
  ) : null;
}
