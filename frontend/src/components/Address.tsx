/** An account: short address (full in the title), its dev-role label, and what it signs for, if known. */
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { getAddress, type Address } from "viem";
import { entityName, roleLabel } from "../i18n/labels";
import { shortHex } from "../format/display";
import { accountLabel } from "../wallet/accountLabels";

export function AccountName({ address, entity }: { readonly address: Address; readonly entity?: { readonly id: number; readonly name: string } | undefined }) {
  useTranslation(); // re-render on a language change
  const label = accountLabel(address);
  // The indexer gives addresses lower-cased: show them checksummed, as wallets do.
  let shown: string = address;
  try {
    shown = getAddress(address);
  } catch {
    /* not an address: shown as given */
  }
  return (
    <span className="account">
      <code className="mono" title={shown}>
        {shortHex(shown)}
      </code>
      {entity ? (
        <Link to={`/entities/${entity.id}`} className="account__entity">
          {entityName(entity.name)}
        </Link>
      ) : label ? (
        <span className="account__label">{roleLabel(label)}</span>
      ) : null}
    </span>
  );
}
