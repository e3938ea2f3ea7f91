/**
 * Which dev account plays which role of the sample: the sample's `accounts`
 * list, in order, is HD index 0, 1, 2, ... of the node's mnemonic. Index 0
 * deploys the suite; it is the programme office unless the office is governed.
 * A governed office's sixteen seats (sdk/governance.ts GOVERNING_BODIES, in
 * order) are held by the next sixteen accounts, right after the sample's.
 */
import { FIELDS } from "@pilot/sdk/domain";
import { GOVERNING_BODIES } from "@pilot/sdk/governance";
import type { Sample, SampleAccount } from "../sample/schema.js";

export interface PlannedAccount {
  label: string;
  hdIndex: number;
  address: string;
  role: SampleAccount["role"] | "seatHolder";
  /** Human role, e.g. "Regulator: Health, Education", "Zone admin: Chengdu", "Signer: Haier", "Seat: Ministry of Education". */
  display: string;
}

/** A seat of the governed office: the body's name and the dev account that votes for it. */
export interface PlannedSeat extends PlannedAccount {
  role: "seatHolder";
  body: string;
  /** The guardian (may pause at once, nothing else): the first body's seat, the cyberspace authority's. */
  guardian: boolean;
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

function requireAccounts(nodeAccounts: readonly string[], needed: number, what: string): void {
  if (nodeAccounts.length < needed) {
    throw new Error(
      `the node has ${nodeAccounts.length} unlocked accounts; ${what} needs ${needed} ` + "(hardhat.config.ts: networks.node.accounts; restart the node)",
    );
  }
}

/**
 * Maps every sample account to the node's account at the same index; refuses if the node has too few.
 * With `governed`, account #0 only deploys (the office is the timelock) and the seats follow.
 */
export function planAccounts(sample: Sample, nodeAccounts: readonly string[], governed = false): Map<string, PlannedAccount> {
  requireAccounts(nodeAccounts, sample.accounts.length, "the sample");
  const accounts = new Map<string, PlannedAccount>(
    sample.accounts.map((a, i) => [
      a.label,
      {
        label: a.label,
        hdIndex: i,
        address: (nodeAccounts[i] as string).toLowerCase(),
        role: a.role,
        display: governed && a.role === "programmeAdmin" ? "Deployer (the office is the timelock)" : displayLabel(sample, a),
      },
    ]),
  );
  if (governed) for (const seat of planSeats(sample, nodeAccounts)) accounts.set(seat.label, seat);
  return accounts;
}

/** The governed office's seats: GOVERNING_BODIES[k] held by HD account #(sample accounts + k). */
export function planSeats(sample: Sample, nodeAccounts: readonly string[]): PlannedSeat[] {
  const first = sample.accounts.length;
  requireAccounts(nodeAccounts, first + GOVERNING_BODIES.length, `the sample with the ${GOVERNING_BODIES.length} seats`);
  return GOVERNING_BODIES.map((body, k) => ({
    label: `seat:${k + 1}`,
    hdIndex: first + k,
    address: (nodeAccounts[first + k] as string).toLowerCase(),
    role: "seatHolder",
    body,
    guardian: k === 0,
    display: `Seat: ${body}${k === 0 ? " (guardian)" : ""}`,
  }));
}
