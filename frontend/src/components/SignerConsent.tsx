/**
 * Proof of possession for signer keys (issue 9, finding 3): a key becomes an entity's signer only
 * with its own EIP-712 consent. `ConsentCard`: the connected account (the key) signs its consent
 * for an entity and hands the JSON to the zone administrator. `AddSignerCard`: the zone
 * administrator pastes that JSON and adds the key.
 */
import { useState } from "react";
import { signTypedData } from "wagmi/actions";
import type { Address, Hex } from "viem";
import { SIGNER_CONSENT_PRIMARY_TYPE, SIGNER_CONSENT_TYPES, attestDomain, type SignerConsentFile } from "@sdk/eip712";
import { buildConsentFile, parseConsentFile, signerKeyOf } from "@sdk/signerConsent";
import { Card } from "./PageHeader";
import { useToasts } from "./Toasts";
import { contracts, publicClient, requireContracts } from "../data/chain";
import { fetchRoles } from "../data/roles";
import type { EntityInfo } from "../data/types";
import { targetChain, wagmiConfig } from "../wallet/config";
import type { WriteArgs } from "../data/useProgrammeWrite";

const ONE_WEEK = 7n * 24n * 3600n;

/** Reads a pasted consent against the chosen entity: the key, or why it cannot be used. */
export function readConsent(text: string, entityId: number, chainId: number, contract: string): { ok: true; consent: SignerConsentFile } | { ok: false; why: string } {
  if (text.trim() === "") return { ok: false, why: "" };
  let consent: SignerConsentFile;
  try {
    consent = parseConsentFile(text);
  } catch (error) {
    return { ok: false, why: `This is ${(error as Error).message}.` };
  }
  if (BigInt(consent.chainId) !== BigInt(chainId)) return { ok: false, why: `This consent was signed for chain ${consent.chainId}, not this one (${chainId}).` };
  if (consent.contract.toLowerCase() !== contract.toLowerCase()) return { ok: false, why: "This consent was signed for another programme contract." };
  if (consent.entityId !== entityId) return { ok: false, why: `This consent is for entity #${consent.entityId}, not the entity chosen above (#${entityId}).` };
  return { ok: true, consent };
}

export function ConsentCard({ entities, address }: { readonly entities: readonly EntityInfo[]; readonly address: Address }) {
  const toasts = useToasts();
  const [entityId, setEntityId] = useState(entities[0]?.id ?? 0);
  const [consent, setConsent] = useState<SignerConsentFile | undefined>();
  const [busy, setBusy] = useState(false);
  const sign = async () => {
    setBusy(true);
    setConsent(undefined);
    const id = toasts.push({ status: "pending", title: "Sign your consent", detail: "Check your wallet…" });
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
      toasts.update(id, { status: "confirmed", title: "Consent signed", detail: "Nothing is on chain yet: give it to the entity's zone administrator." });
    } catch (error) {
      toasts.update(id, { status: "failed", title: "Not signed", detail: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="Consent to sign for an entity">
      <p className="muted small">A key becomes an entity's signer only with its own consent. Sign it with this account, then give the text below to the entity's zone administrator. It stays valid for a week, until you are added, or until you raise your signature nonce.</p>
      <form className="form" onSubmit={(e) => { e.preventDefault(); void sign(); }}>
        <label className="field"><span className="field__label">Entity</span>
          <select className="input" value={entityId} onChange={(e) => setEntityId(Number(e.target.value))} data-testid="consent-entity">
            {entities.map((e) => <option key={e.id} value={e.id}>{e.name} (#{e.id})</option>)}
          </select>
        </label>
        <div className="actions"><button type="submit" className="btn btn--primary" disabled={busy || !entityId}>Sign consent</button></div>
      </form>
      {consent ? <textarea className="input mono" rows={6} readOnly value={JSON.stringify(consent, null, 2)} data-testid="consent-json" /> : null}
    </Card>
  );
}

export function AddSignerCard({ entities, busy, send }: {
  readonly entities: readonly EntityInfo[];
  readonly busy: boolean;
  readonly send: (title: string, fn: "addSigner", args: WriteArgs<"addSigner">) => Promise<{ ok: boolean }>;
}) {
  const [entityId, setEntityId] = useState<number | undefined>();
  const [text, setText] = useState("");
  const chosen = entityId ?? entities[0]?.id ?? 0;
  const read = readConsent(text, chosen, targetChain.id, contracts?.programme ?? "");
  return (
    <Card title="Add a signer to an entity">
      <form className="form" onSubmit={(e) => {
        e.preventDefault();
        if (read.ok) void send("Add a signer", "addSigner", [chosen, signerKeyOf(read.consent)]).then((r) => { if (r.ok) setText(""); });
      }}>
        <label className="field"><span className="field__label">Entity</span>
          <select className="input" value={chosen} onChange={(e) => setEntityId(Number(e.target.value))}>{entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}</select>
        </label>
        <label className="field"><span className="field__label">The key's consent (the text its holder signed under "Consent to sign for an entity")</span>
          <textarea className="input mono" rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} data-testid="add-signer-consent" />
          {!read.ok && read.why ? <span className="error-text small">{read.why}</span> : null}
          {read.ok ? <span className="small">Key {read.consent.account}</span> : null}
        </label>
        <div className="actions"><button type="submit" className="btn btn--primary" disabled={busy || !read.ok}>Add signer</button></div>
      </form>
    </Card>
  );
}
