/**
 * Which EVM the contract tests run on. `npm test` runs them twice: on Hardhat's default
 * in-process network (its latest hardfork) and, as "mocha:spartan", on `spartanSimulated`
 * (BSN Spartan-I's EVM: istanbul, chain id 9090, no base fee; docs/networks.md#bsn-spartan-i).
 * Only tests that measure gas need to ask: before berlin there is no EIP-2929, so a storage
 * read costs 800 gas (not 2,100 cold / 100 warm) and an account access 700.
 */
import type { NetworkConnection } from "hardhat/types/network";

/** The hardfork of an in-process network; undefined for an HTTP one (the node decides). */
export function hardforkOf(connection: NetworkConnection): string | undefined {
  const config = connection.networkConfig;
  return config.type === "edr-simulated" ? config.hardfork : undefined;
}

/** True on BSN Spartan-I's EVM (istanbul pricing: no EIP-2929 cold/warm accounting, no EIP-1559). */
export function onIstanbul(connection: NetworkConnection): boolean {
  return hardforkOf(connection) === "istanbul";
}
