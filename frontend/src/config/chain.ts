/** Builds a viem Chain from the deployment's chain description. */
import { defineChain, type Chain } from "viem";
import type { ChainDescription } from "./deployment";

export function chainFromDescription(desc: ChainDescription): Chain {
  return defineChain({
    id: desc.chainId,
    name: desc.name,
    // Several target chains have no native coin; the app never sends value.
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [desc.rpcUrl] } },
    testnet: desc.chainId === 31337,
  });
}
