/**
 * "Void my unsent signed attestations": increaseNonce(current + 1), after an
 * explicit confirmation. Every signature of the connected account not yet
 * submitted carries the current nonce (or a lower, already dead one), so
 * moving one past it makes the chain refuse them all. Recorded attestations
 * are untouched. Goes through useProgrammeWrite (simulate → wallet → receipt → toast).
 */
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Address } from "viem";
import { fetchNonce, nonceKey, useSignerNonce } from "../data/nonce";
import { useProgrammeWrite } from "../data/useProgrammeWrite";
import { shortHex } from "../lib/format";

export function VoidSignatures({ address, onVoided }: { readonly address: Address; readonly onVoided?: (newNonce: bigint) => void }) {
  const nonce = useSignerNonce(address);
  const write = useProgrammeWrite();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [voided, setVoided] = useState<bigint | undefined>();

  const confirm = async () => {
    setVoided(undefined);
    // Read the nonce again right before sending: a signature relayed meanwhile moved it.
    let current: bigint;
    try {
      current = await fetchNonce(address);
    } catch {
      current = nonce.data ?? 0n;
    }
    const next = current + 1n;
    const result = await write.send("Void unsent signed attestations", "increaseNonce", [next]);
    if (result.ok) {
      setConfirming(false);
      setVoided(next);
      queryClient.setQueryData(nonceKey(address), next);
      onVoided?.(next);
    }
  };

  return (
    <div data-testid="void-signatures">
      <p className="muted small">
        A signed attestation you handed to someone stays valid until it is submitted or it expires. Changed your mind, or sent it to the wrong
        person? Void it: the chain will then refuse every signed attestation of yours that is not on chain yet. Attestations already recorded are not affected.
      </p>
      <p>
        Account <code className="mono">{shortHex(address)}</code> — current signature nonce:{" "}
        <strong data-testid="signer-nonce">{nonce.data !== undefined ? nonce.data.toString() : nonce.isError ? "unavailable" : "…"}</strong>
        {nonce.data !== undefined ? <span className="muted small"> (unsent signatures carry nonce {nonce.data.toString()})</span> : null}
      </p>
      {nonce.isError ? (
        <button type="button" className="btn btn--ghost btn--sm" onClick={() => void nonce.refetch()}>Retry reading the nonce</button>
      ) : null}
      {!confirming ? (
        <div className="actions">
          <button type="button" className="btn btn--secondary" onClick={() => { write.reset(); setVoided(undefined); setConfirming(true); }} disabled={nonce.data === undefined || write.busy} data-testid="void-start">
            Void my unsent signed attestations…
          </button>
        </div>
      ) : (
        <div className="confirm" role="group" aria-label="Confirm voiding" data-testid="void-confirm">
          <p>
            <strong>Void every signed attestation of yours that nobody has submitted yet?</strong> This sends a transaction from your account
            (you pay the fee) that moves your nonce from {nonce.data?.toString() ?? "?"} to {nonce.data !== undefined ? (nonce.data + 1n).toString() : "?"}.
            It cannot be undone: to attest that content later, sign it again.
          </p>
          <div className="actions">
            <button type="button" className="btn btn--danger" onClick={() => void confirm()} disabled={write.busy} data-testid="void-confirm-button">
              {write.state.status === "wallet" ? "Confirm in your wallet…" : write.state.status === "pending" ? "Waiting for confirmation…" : write.busy ? "Checking…" : "Yes, void them"}
            </button>
            <button type="button" className="btn btn--ghost" onClick={() => { setConfirming(false); write.reset(); }} disabled={write.busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {write.state.status === "failed" && write.state.message ? <p className="error-text" role="alert" data-testid="void-error">{write.state.message}</p> : null}
      {voided !== undefined ? (
        <p className="success-text" data-testid="void-done">Voided. Your next signature uses nonce {voided.toString()}; earlier signed files will be refused.</p>
      ) : null}
    </div>
  );
}
