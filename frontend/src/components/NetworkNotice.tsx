/** Error state shown on data pages when the public RPC cannot be reached. */
import { useNetworkStatus } from "../data/useNetworkStatus";
import { ErrorState } from "./States";

export function NetworkNotice() {
  const { state, chain, retry } = useNetworkStatus();
  if (state !== "offline") return null;
  return (
    <div data-testid="network-error">
      <ErrorState title={`Cannot reach ${chain.name}`} onRetry={retry}>
        The public RPC at <span className="mono">{chain.rpcUrl}</span> did not answer. Live registry data is unavailable; check that the node
        is running, then try again.
      </ErrorState>
    </div>
  );
}
