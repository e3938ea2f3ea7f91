/** "former signer" / "former office" next to an attester or revoker that no longer holds the role (data/standing.ts). */
import { useTranslation } from "react-i18next";
import type { Standing } from "@pilot/sdk/standing";
import { standingLabel, standingWhy } from "../i18n/labels";

export function StandingMark({ standing }: { readonly standing: Standing | undefined }) {
  useTranslation(); // re-render on a language change
  if (standing === undefined || standing === "current") return null;
  return (
    <span className="tag tag--warn" title={standingWhy(standing)} data-testid="standing-mark" data-standing={standing}>
      {standingLabel(standing)}
    </span>
  );
}
