/**
 * Which dev account plays which role of the sample: the sample's `accounts`
 * list, in order, is HD index 0, 1, 2, ... of the node's mnemonic. Index 0
 * deploys the suite and is the programme office.
 */
import { FIELDS } from "../../sdk/domain.js";
import type { Sample, SampleAccount } from "../sample/schema.js";

export interface PlannedAccount {
  label: string;
  hdIndex: number;
  address: string;
  role: SampleAccount["role"];
  /** Human role, e.g. "Regulator: Health, Education", "Zone admin: Chengdu", "Signer: Haier". */
  display: string;
}

const fieldLabel = (key: string) => FIELDS.find((f) => f.key === key)?.label ?? key;

export function displayLabel(sample: Sample, a: SampleAccount): string {
  switch (a.role) {
    case "programmeAdmin":
      return "Programme office";
    case "relayer":
      return "Relayer";
    case "regulator":
      return `Regulator: ${a.fields.map(fieldLabel).join(", ")}`;
    case "expert":
      return `Expert: ${a.fields.map(fieldLabel).join(", ")}`;
    case "zoneAdmin":
      return `Zone admin: ${sample.zones.find((z) => z.key === a.zone)?.name ?? a.zone}`;
    case "signer": {
      const e = sample.entities.find((x) => x.key === a.entity);
      const second = e !== undefined && e.signers.indexOf(a.label) > 0 ? " (2nd key)" : "";
      return `Signer: ${e?.name ?? a.entity}${second}`;
    }
  }
}

/** Maps every sample account to the node's account at the same index; refuses if the node has too few. */
export function planAccounts(sample: Sample, nodeAccounts: readonly string[]): Map<string, PlannedAccount> {
  if (nodeAccounts.length < sample.accounts.length) {
    throw new Error(
      `the node has ${nodeAccounts.length} unlocked accounts; the sample needs ${sample.accounts.length} ` +
        "(hardhat.config.ts: networks.node.accounts; restart the node)",
    );
  }
  return new Map(
    sample.accounts.map((a, i) => [
      a.label,
      { label: a.label, hdIndex: i, address: (nodeAccounts[i] as string).toLowerCase(), role: a.role, display: displayLabel(sample, a) },
    ]),
  );
}
