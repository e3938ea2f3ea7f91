/**
 * Prints bench/results/gas.json as the markdown table README shows
 * (`tsx scripts/readme-gas-table.ts`), so the figures are copied, not retyped.
 */
import { readFile } from "node:fs/promises";

interface GasResult {
  ours: Record<string, number>;
  eas: Record<string, number>;
  ratio: Record<string, number>;
}

const TARGETS: Record<string, number> = { attest: 0.36, attestBySig: 0.4, attestBatch10PerItem: 0.28, revoke: 0.52 };
const EAS_NAME: Record<string, string> = {
  attest: "attest",
  attestBySig: "attestByDelegation",
  attestBatch10PerItem: "multiAttest10PerItem",
  revoke: "revoke",
};

const r = JSON.parse(await readFile(new URL("../bench/results/gas.json", import.meta.url), "utf8")) as GasResult;
const n = (x: number) => x.toLocaleString("en-US");
const rows = ["| Operation | Ours (gas) | EAS 1.9 (gas) | Ratio | Target |", "|---|---:|---:|---:|---:|"];
for (const op of Object.keys(TARGETS)) {
  rows.push(`| \`${op}\` | ${n(r.ours[op])} | ${n(r.eas[EAS_NAME[op]])} | **${r.ratio[op].toFixed(3)}** | ≤ ${TARGETS[op].toFixed(2)} |`);
}
rows.push(`| \`registerEntity\` (1 signer) | ${n(r.ours.registerEntity)} | — | | |`);
rows.push(`| \`proposeProject\` | ${n(r.ours.proposeProject)} | — | | |`);
console.log(rows.join("\n"));
