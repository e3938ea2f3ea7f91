/** Header wallet area: connect dialog, connected account chip, disconnect. */
import { useRef, useState } from "react";
import { useConnection, useDisconnect } from "wagmi";
import { shortHex } from "../lib/format";
import { accountLabel } from "./accountLabels";
import { ConnectDialog } from "./ConnectDialog";

export function WalletButton() {
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
    const label = accountLabel(connection.address);
    return (
      <div className="wallet" data-testid="wallet-connected">
        <button type="button" className="wallet__chip" onClick={openDialog} title={connection.address} aria-label={`Connected account ${connection.address}${label ? `, ${label}` : ""}. Change account`}>
          <span className="wallet__dot" aria-hidden="true" />
          <span className="mono">{shortHex(connection.address)}</span>
          {label ? <span className="wallet__role">{label}</span> : null}
        </button>
        <button type="button" className="btn btn--ghost btn--sm" onClick={() => disconnect()}>
          Disconnect
        </button>
        <ConnectDialog ref={dialogRef} open={open} onClose={closeDialog} />
      </div>
    );
  }

  return (
    <div className="wallet">
      <button type="button" className="btn btn--primary btn--sm" onClick={openDialog} disabled={connection.status === "connecting" || connection.status === "reconnecting"}>
        {connection.status === "connecting" || connection.status === "reconnecting" ? "Connecting…" : "Connect wallet"}
      </button>
      <ConnectDialog ref={dialogRef} open={open} onClose={closeDialog} />
    </div>
  );
}

