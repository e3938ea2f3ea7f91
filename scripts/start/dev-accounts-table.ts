/**
 * The table `npm start` prints: a curated set of dev accounts with the role
 * each holds and its private key, so a newcomer can import one into a wallet
 * and act as a regulator, a zone administrator, an entity or, when the office
 * is governed, a body's seat (as Scaffold-ETH does). Well-known Hardhat dev keys: for the local chain only.
 */
import type { Sample } from "../sample/schema.js";
import { planAccounts, type PlannedAccount } from "../seed/account-plan.js";
import { devRoot } from "../node/dev-keys.js";

const FEATURED_ZONES = ["chengdu", "beijing-haidian", "chongqing-yuzhong"];
const FEATURED_SIGNERS = ["haier", "icbc", "guizhou-normal-university", "cisdi-group"];

export function curatedAccounts(sample: Sample, nodeAccounts: readonly string[], governed = false): PlannedAccount[] {
  const plan = [...planAccounts(sample, nodeAccounts, governed).values()];
  const pick = (label: string) => plan.filter((a) => a.label === label);
  const firstFictional = sample.entities.find((e) => e.fictional && e.status === "Active");
  return [
    ...plan.filter((a) => a.role === "programmeAdmin" || a.role === "relayer" || a.role === "regulator"),
    ...FEATURED_ZONES.flatMap((z) => pick(`zone-admin:${z}`)),
    ...plan.filter((a) => a.role === "expert"),
    ...FEATURED_SIGNERS.flatMap((e) => pick(`signer:${e}`)),
    ...(firstFictional ? pick(`signer:${firstFictional.key}`) : []),
    // a governed office: the sixteen seats that propose and vote (sdk/governance.ts GOVERNING_BODIES)
    ...plan.filter((a) => a.role === "seatHolder"),
  ];
}

export function formatAccountsTable(accounts: readonly PlannedAccount[]): string {
  const root = devRoot();
  const rows = accounts.map((a) => [`#${a.hdIndex}`, root.deriveChild(a.hdIndex).address, root.deriveChild(a.hdIndex).privateKey, a.display]);
  const header = ["HD", "address", "private key (local dev only)", "role"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
