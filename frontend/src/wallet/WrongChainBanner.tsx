/** Shown when the connected wallet is on another chain; one click switches (adds the chain on 4902). */
import { Trans, useTranslation } from "react-i18next";
import { useConnection, useSwitchChain } from "wagmi";
import { deployment } from "../config/loadDeployment";
import { targetChain } from "./config";
import { walletErrorMessage } from "./walletErrors";

export function WrongChainBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  const { mutate: switchChain, isPending, error } = useSwitchChain();
  if (connection.status !== "connected" || connection.chainId === targetChain.id) return null;

  return (
    <div className="banner banner--warning" role="alert" data-testid="wrong-chain">
      <p>
        <Trans
          i18nKey="wallet.wrongChain"
          values={{ chainId: connection.chainId, name: deployment.chain.name, target: targetChain.id }}
          components={{ b: <strong /> }}
        />
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
        {isPending ? t("wallet.switching") : t("wallet.switchTo", { name: deployment.chain.name })}
      </button>
    </div>
  );
}
