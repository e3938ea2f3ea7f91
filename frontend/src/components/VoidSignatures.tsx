/**
 * "Void my unsent signed attestations": increaseNonce(current + 1), after an
 * explicit confirmation. Every signature of the connected account not yet
 * submitted carries the current nonce (or a lower, already dead one), so
 * moving one past it makes the chain refuse them all. Recorded attestations
 * are untouched. Goes through useProgrammeWrite (simulate → wallet → receipt → toast).
 */
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Trans, useTranslation } from "react-i18next";
import type { Address } from "viem";
import { fetchNonce, nonceKey, useSignerNonce } from "../data/nonce";
import { useProgrammeWrite } from "../tx/useProgrammeWrite";
import { shortHex } from "../format/display";

export function VoidSignatures({ address, onVoided }: { readonly address: Address; readonly onVoided?: (newNonce: bigint) => void }) {
  const { t } = useTranslation();
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
    const result = await write.send(t("voiding.title"), "increaseNonce", [next]);
    if (result.ok) {
      setConfirming(false);
      setVoided(next);
      queryClient.setQueryData(nonceKey(address), next);
      onVoided?.(next);
    }
  };

  return (
    <div data-testid="void-signatures">
      <p className="muted small">{t("voiding.explain")}</p>
      <p>
        <Trans
          i18nKey="voiding.account"
          values={{ address: shortHex(address), nonce: nonce.data !== undefined ? nonce.data.toString() : nonce.isError ? t("voiding.unavailable") : "…" }}
          components={{ code: <code className="mono" />, b: <strong data-testid="signer-nonce" /> }}
        />
        {nonce.data !== undefined ? <span className="muted small">{t("voiding.carry", { nonce: nonce.data.toString() })}</span> : null}
      </p>
      {nonce.isError ? (
        <button type="button" className="btn btn--ghost btn--sm" onClick={() => void nonce.refetch()}>
          {t("voiding.retry")}
        </button>
      ) : null}
      {!confirming ? (
        <div className="actions">
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              write.reset();
              setVoided(undefined);
              setConfirming(true);
            }}
            disabled={nonce.data === undefined || write.busy}
            data-testid="void-start"
          >
            {t("voiding.start")}
          </button>
        </div>
      ) : (
        <div className="confirm" role="group" aria-label={t("voiding.confirmLabel")} data-testid="void-confirm">
          <p>
            <Trans
              i18nKey="voiding.confirm"
              values={{ from: nonce.data?.toString() ?? "?", to: nonce.data !== undefined ? (nonce.data + 1n).toString() : "?" }}
              components={{ b: <strong /> }}
            />
          </p>
          <div className="actions">
            <button type="button" className="btn btn--danger" onClick={() => void confirm()} disabled={write.busy} data-testid="void-confirm-button">
              {write.state.status === "wallet"
                ? t("voiding.confirmWallet")
                : write.state.status === "pending"
                  ? t("voiding.waiting")
                  : write.busy
                    ? t("voiding.checking")
                    : t("voiding.yes")}
            </button>
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => {
                setConfirming(false);
                write.reset();
              }}
              disabled={write.busy}
            >
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}
      {write.state.status === "failed" && write.state.message ? (
        <p className="error-text" role="alert" data-testid="void-error">
          {write.state.message}
        </p>
      ) : null}
      {voided !== undefined ? (
        <p className="success-text" data-testid="void-done">
          {t("voiding.done", { nonce: voided.toString() })}
        </p>
      ) : null}
    </div>
  );
}
