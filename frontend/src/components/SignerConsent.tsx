/**
 * Proof of possession for signer keys (issue 9, finding 3): a key becomes an entity's signer only
 * with its own EIP-712 consent. `ConsentCard`: the connected account (the key) signs its consent
 * for an entity and hands the JSON to the zone administrator. `AddSignerCard`: the zone
 * administrator pastes that JSON and adds the key.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signTypedData } from "wagmi/actions";
import type { Address, Hex } from "viem";
import { SIGNER_CONSENT_PRIMARY_TYPE, SIGNER_CONSENT_TYPES, attestDomain, type SignerConsentFile } from "@pilot/sdk/eip712";
import { buildConsentFile, parseConsentFile, signerKeyOf } from "@pilot/sdk/signerConsent";
import { Card } from "./PageHeader";
import { useToasts } from "../tx/toasts";
import { contracts, publicClient, requireContracts } from "../data/chain";
import { fetchRoles } from "../data/roles";
import type { EntityInfo } from "../data/types";
import { targetChain, wagmiConfig } from "../wallet/config";
import { explainError } from "../tx/contractErrors";
import { useProgrammeWrite } from "../tx/useProgrammeWrite";
import i18n from "../i18n";
import { entityName } from "../i18n/labels";
import { SubmitRow } from "./WriteControls";

const ONE_WEEK = 7n * 24n * 3600n;

/** Reads a pasted consent against the chosen entity: the key, or why it cannot be used. */
export function readConsent(
  text: string,
  entityId: number,
  chainId: number,
  contract: string,
): { ok: true; consent: SignerConsentFile } | { ok: false; why: string } {
  if (text.trim() === "") return { ok: false, why: "" };
  let consent: SignerConsentFile;
  try {
    consent = parseConsentFile(text);
  } catch (error) {
    return { ok: false, why: i18n.t("admin.addSigner.notConsent", { reason: (error as Error).message }) };
  }
  if (BigInt(consent.chainId) !== BigInt(chainId))
    return { ok: false, why: i18n.t("admin.addSigner.otherChain", { chainId: String(consent.chainId), target: String(chainId) }) };
  if (consent.contract.toLowerCase() !== contract.toLowerCase()) return { ok: false, why: i18n.t("admin.addSigner.otherContract") };
  if (consent.entityId !== entityId) return { ok: false, why: i18n.t("admin.addSigner.otherEntity", { id: consent.entityId, chosen: entityId }) };
  return { ok: true, consent };
}

export function ConsentCard({ entities, address }: { readonly entities: readonly EntityInfo[]; readonly address: Address }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [error, setError] = useState<string | undefined>();
  const [entityId, setEntityId] = useState(entities[0]?.id ?? 0);
  const [consent, setConsent] = useState<SignerConsentFile | undefined>();
  const [busy, setBusy] = useState(false);
  const sign = async () => {
    setBusy(true);
    setConsent(undefined);
    setError(undefined);
    const id = toasts.push({ status: "pending", title: t("admin.consent.signTitle"), detail: t("admin.consent.checkWallet") });
    try {
      const { programme } = requireContracts();
      const [roles, block] = await Promise.all([fetchRoles(address), publicClient().getBlock({ blockTag: "latest" })]);
      const deadline = block.timestamp + ONE_WEEK;
      const message = { account: address, entityId, nonce: roles.nonce, deadline };
      const signature = (await signTypedData(wagmiConfig, {
        account: address,
        domain: attestDomain(targetChain.id, programme),
        types: SIGNER_CONSENT_TYPES,
        primaryType: SIGNER_CONSENT_PRIMARY_TYPE,
        message,
      })) as Hex;
      setConsent(buildConsentFile({ chainId: targetChain.id, contract: programme, ...message, signature }));
      toasts.update(id, { status: "confirmed", title: t("admin.consent.signed"), detail: t("admin.consent.signedDetail") });
    } catch (e) {
      const message = await explainError(e);
      setError(message);
      toasts.update(id, { status: "failed", title: t("admin.consent.notSigned"), detail: message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t("admin.consent.title")}>
      <p className="muted small">{t("admin.consent.lead")}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void sign();
        }}
      >
        <label className="field">
          <span className="field__label">{t("admin.input.entity")}</span>
          <select className="input" value={entityId} onChange={(e) => setEntityId(Number(e.target.value))} data-testid="consent-entity">
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {entityName(e.name)} (#{e.id})
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy || !entityId}>
            {busy ? t("admin.consent.checkWallet") : t("admin.consent.sign")}
          </button>
        </div>
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {consent ? <textarea className="input mono" rows={6} readOnly value={JSON.stringify(consent, null, 2)} data-testid="consent-json" /> : null}
    </Card>
  );
}

export function AddSignerCard({ entities }: { readonly entities: readonly EntityInfo[] }) {
  const { t } = useTranslation();
  const write = useProgrammeWrite();
  const [entityId, setEntityId] = useState<number | undefined>();
  const [text, setText] = useState("");
  const chosen = entityId ?? entities[0]?.id ?? 0;
  const read = readConsent(text, chosen, targetChain.id, contracts?.programme ?? "");
  return (
    <Card title={t("admin.addSigner.title")}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (read.ok && !write.busy)
            void write.send(t("admin.addSigner.tx"), "addSigner", [chosen, signerKeyOf(read.consent)]).then((r) => {
              if (r.ok) setText("");
            });
        }}
      >
        <label className="field">
          <span className="field__label">{t("admin.input.entity")}</span>
          <select className="input" value={chosen} onChange={(e) => setEntityId(Number(e.target.value))}>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {entityName(e.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t("admin.addSigner.consent")}</span>
          <textarea
            className="input mono"
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            data-testid="add-signer-consent"
          />
          {!read.ok && read.why ? <span className="error-text small">{read.why}</span> : null}
          {read.ok ? <span className="small">{t("admin.addSigner.key", { account: read.consent.account })}</span> : null}
        </label>
        <SubmitRow write={write} submit={t("admin.addSigner.submit")} disabled={!read.ok} />
      </form>
    </Card>
  );
}
