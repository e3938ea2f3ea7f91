/** An account: short address (full in the title), its dev-role label, and what it signs for, if known. */
import { Link } from "react-router";
import { getAddress, type Address } from "viem";
import { shortHex } from "../lib/format";
import { accountLabel } from "../wallet/accountLabels";

export function AccountName({ address, entity }: { readonly address: Address; readonly entity?: { readonly id: number; readonly name: string } | undefined }) {
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
          {entity.name}
        </Link>
      ) : label ? (
        <span className="account__label">{label}</span>
      ) : null}
    </span>
  );
}
