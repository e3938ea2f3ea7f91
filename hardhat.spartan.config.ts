/**
 * hardhat.config.ts, with the build output kept apart in artifacts-spartan/ and cache-spartan/.
 * npm test's "mocha:spartan" suite runs the contract tests with it on BSN Spartan-I's EVM:
 *
 *   hardhat --config hardhat.spartan.config.ts --build-profile spartan --network spartanSimulated test mocha …
 *
 * so that building for istanbul never overwrites the default build in artifacts/ (which npm
 * start, the e2e tests and the scripts read) and both builds stay cached. Everything else
 * (profiles, networks, tasks) is hardhat.config.ts's.
 */
import { defineConfig } from "hardhat/config";
import config from "./hardhat.config.js";

export default defineConfig({ ...config, paths: { ...config.paths, artifacts: "artifacts-spartan", cache: "cache-spartan" } });
