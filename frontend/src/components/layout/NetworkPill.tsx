/** Small live indicator of the public RPC's reachability. */
import { useNetworkStatus } from "../../data/useNetworkStatus";

export function NetworkPill() {
  const { state, chain, blockNumber } = useNetworkStatus();
  const text = state === "online" ? `${chain.name} · block ${blockNumber?.toString() ?? "?"}` : state === "offline" ? `${chain.name} · unreachable` : `${chain.name} · connecting…`;
  return (
    <span className={`net-pill net-pill--${state}`} data-testid="network-status" data-state={state} title={chain.rpcUrl}>
      <span className="net-pill__dot" aria-hidden="true" />
      <span className="visually-hidden">Network: </span>
      {text}
    </span>
  );
}
