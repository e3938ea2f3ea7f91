/**
 * Import this FIRST (before anything that loads scripts/deploy/deployment-record.ts):
 * the bench's deployment record goes to a temporary folder, never over the
 * developer's deployments/chain-31337.json (`npm start` reuses that one).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const BENCH_TMP = mkdtempSync(path.join(tmpdir(), "pilot-scale-"));
process.env.PILOT_DEPLOYMENTS_DIR = path.join(BENCH_TMP, "deployments");
