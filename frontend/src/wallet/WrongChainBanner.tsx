/** Shown when the connected wallet is on another chain; one click switches (adds the chain on 4902). */
import { useConnection, useSwitchChain } from "wagmi";
import { deployment } from "../lib/loadDeployment";
import { targetChain } from "./config";
import { walletErrorMessage } from "./walletErrors";

export function WrongChainBanner() {
  const connection = useConnection();
  const { mutate: switchChain, isPending, error } = useSwitchChain();
  if (connection.status !== "connected" || connection.chainId === targetChain.id) return null;

  return (
    <div className="banner banner--warning" role="alert" data-testid="wrong-chain">
      <p>
        Your wallet is on chain <strong>{connection.chainId}</strong>; this registry lives on <strong>{deployment.chain.name}</strong> (chain {targetChain.id}).
        {error ? <span className="banner__error"> {walletErrorMessage(error)}</span> : null}
      </p>
      <button
        type="button"
        className="btn btn--primary btn--sm"
        disabled={isPending}
        onClick={() =>
          switchChain({
            chainId: targetChain.id,
            addEthereumChainParameter: { chainName: deployment.chain.name, rpcUrls: [deployment.chain.rpcUrl] },
          })
        }
      >
        {isPending ? "Switching…" : `Switch to ${deployment.chain.name}`}
      </button>
    </div>
  );
}
