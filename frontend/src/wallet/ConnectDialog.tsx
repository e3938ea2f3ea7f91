/** Modal listing the EIP-6963 wallets discovered and, on 31337, the node's dev accounts. */
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { useConnect, useConnection, useConnectors } from "wagmi";
import { roleLabel } from "../i18n/labels";
import type { Address } from "viem";
import { shortHex } from "../format/display";
import { accountLabel } from "./accountLabels";
import { devAccounts } from "./config";
import { DEV_ACCOUNTS_CONNECTOR_ID } from "./devAccountsConnector";
import { useDevAccountList } from "./useDevAccountList";
import { walletErrorMessage } from "./walletErrors";

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

export const ConnectDialog = forwardRef<HTMLDialogElement, Props>(function ConnectDialog({ open, onClose }, ref) {
  const { t } = useTranslation();
  const connectors = useConnectors();
  const connection = useConnection();
  const { mutate: connect, error, isPending, variables } = useConnect({ mutation: { onSuccess: onClose } });
  const injected = connectors.filter((c) => c.id !== DEV_ACCOUNTS_CONNECTOR_ID);
  const devConnector = connectors.find((c) => c.id === DEV_ACCOUNTS_CONNECTOR_ID);
  const devList = useDevAccountList(open && devConnector !== undefined);

  const pickDevAccount = (address: Address) => {
    if (!devAccounts || !devConnector) return;
    devAccounts.select(address);
    if (connection.connector?.id === DEV_ACCOUNTS_CONNECTOR_ID) onClose();
    else connect({ connector: devConnector });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="connect-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog__head">
        <h2 id="connect-title">{t("wallet.dialogTitle")}</h2>
        <button type="button" className="btn btn--ghost btn--sm" onClick={onClose} aria-label={t("common.close")}>
          ✕
        </button>
      </div>
      <p className="muted">{t("wallet.dialogLead")}</p>

      <h3 className="dialog__section">{t("wallet.browserWallets")}</h3>
      {injected.length === 0 ? (
        <p className="muted" data-testid="no-wallets">
          {t("wallet.noWallets")}
        </p>
      ) : (
        <ul className="choice-list">
          {injected.map((c) => (
            <li key={c.uid}>
              <button type="button" className="choice" onClick={() => connect({ connector: c })} disabled={isPending}>
                {c.icon ? <img src={c.icon} alt="" width={24} height={24} /> : <span className="choice__icon" aria-hidden="true" />}
                <span>{c.name}</span>
                {isPending && variables?.connector === c ? <span className="muted choice__meta">{t("wallet.checkWallet")}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}

      {devConnector ? (
        <>
          <h3 className="dialog__section">{t("wallet.devAccounts")}</h3>
          {devList.isPending ? <p className="muted">{t("wallet.devLoading")}</p> : null}
          {devList.isError ? <p className="error-text">{t("wallet.devError")}</p> : null}
          {devList.data && devList.data.length > 0 ? (
            <ul className="choice-list choice-list--scroll">
              {devList.data.map((address) => {
                const label = accountLabel(address);
                const active = connection.connector?.id === DEV_ACCOUNTS_CONNECTOR_ID && connection.address === address;
                return (
                  <li key={address}>
                    <button type="button" className="choice" aria-current={active ? "true" : undefined} onClick={() => pickDevAccount(address)}>
                      <span className="mono">{shortHex(address, 8, 6)}</span>
                      <span className={`choice__meta ${label ? "tag" : "muted"}`}>{label ? roleLabel(label) : t("wallet.noRole")}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      ) : null}

      {error ? (
        <p className="error-text" role="alert">
          {walletErrorMessage(error)}
        </p>
      ) : null}
    </dialog>
  );
});
