/** Header wallet area: connect dialog, connected account chip, disconnect. */
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConnection, useDisconnect } from "wagmi";
import { roleLabel } from "../i18n/labels";
import { shortHex } from "../format/display";
import { accountLabel } from "./accountLabels";
import { ConnectDialog } from "./ConnectDialog";

export function WalletButton() {
  const { t } = useTranslation();
  const connection = useConnection();
  const { mutate: disconnect } = useDisconnect();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  const openDialog = () => {
    setOpen(true);
    dialogRef.current?.showModal();
  };
  const closeDialog = () => {
    dialogRef.current?.close();
    setOpen(false);
  };

  if (connection.status === "connected") {
    const raw = accountLabel(connection.address);
    const label = raw ? roleLabel(raw) : undefined;
    return (
      <div className="wallet" data-testid="wallet-connected">
        {/* The chip's name is built from its visible text (WCAG 2.5.3), with what it is and does around it. */}
        <button type="button" className="wallet__chip" onClick={openDialog} title={connection.address}>
          <span className="wallet__dot" aria-hidden="true" />
          <span className="visually-hidden">{`${t("a11y.connectedAccount")} `}</span>
          <span className="mono wallet__address">{shortHex(connection.address)}</span>
          {label ? <span className="wallet__role">{label}</span> : null}
          <span className="visually-hidden">{`, ${t("a11y.changeAccount")}`}</span>
        </button>
        <button type="button" className="btn btn--ghost btn--sm wallet__disconnect" onClick={() => disconnect()}>
          {t("wallet.disconnect")}
        </button>
        <ConnectDialog ref={dialogRef} open={open} onClose={closeDialog} />
      </div>
    );
  }

  return (
    <div className="wallet">
      <button
        type="button"
        className="btn btn--primary btn--sm"
        onClick={openDialog}
        disabled={connection.status === "connecting" || connection.status === "reconnecting"}
      >
        {connection.status === "connecting" || connection.status === "reconnecting" ? t("wallet.connecting") : t("wallet.connect")}
      </button>
      <ConnectDialog ref={dialogRef} open={open} onClose={closeDialog} />
    </div>
  );
}
