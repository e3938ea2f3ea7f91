/** An account: short address (full in the title), its dev-role label, and what it signs for, if known. */
import { Link } from "react-router";
import type { Address } from "viem";
import { shortHex } from "../lib/format";
import { accountLabel } from "../wallet/accountLabels";

export function AccountName({ address, entity }: { readonly address: Address; readonly entity?: { readonly id: number; readonly name: string } | undefined }) {
  const label = accountLabel(address);
  return (
    <span className="account">
      <code className="mono" title={address}>
        {shortHex(address)}
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
