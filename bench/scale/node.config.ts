/**
 * The repository's Hardhat config for the bench's `hardhat node`, with one
 * change: the chain starts at PILOT_BENCH_INITIAL_DATE (ISO date), in the past,
 * so that a fill spread over years of block timestamps ends about now, as a
 * programme that has been writing for years would look. (Hardhat resolves
 * paths from the closest package.json, the repository's root.)
 */
import { defineConfig } from "hardhat/config";
import base from "../../hardhat.config.js";

const initialDate = process.env.PILOT_BENCH_INITIAL_DATE;
const node = base.networks?.node;
if (!node || node.type !== "edr-simulated") throw new Error("hardhat.config.ts: networks.node must be an edr-simulated network");

export default defineConfig({
  ...base,
  networks: { ...base.networks, node: { ...node, ...(initialDate ? { initialDate } : {}) } },
});
