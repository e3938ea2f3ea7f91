/**
 * Relay: upload a signed attestation file (EIP-712), see what it says, check
 * chain / contract / deadline / nonce / signature, and submit it from any account.
 */
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import { verifyTypedData, zeroHash, type Hex } from "viem";
import { ATTESTATION_KINDS } from "@sdk/domain";
import { ATTEST_PRIMARY_TYPE, ATTEST_TYPES, attestDomain, attestMessage } from "@sdk/eip712";
import { AccountName } from "../components/Address";
import { DataGate } from "../components/DataGate";
import { HashDisplay } from "../components/HashDisplay";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, LoadingState } from "../components/States";
import { VoidSignatures } from "../components/VoidSignatures";
import { pilotProgrammeAbi, publicClient, requireContracts } from "../data/chain";
import { verdictSentence } from "../data/onchain/compare";
import { indexById, useEntities, useProjects } from "../data/registry";
import { findNonceVoid, relayVerdicts } from "../data/views/relay";
import { useProgrammeWrite } from "../data/useProgrammeWrite";
import { formatSecondsDateTime } from "../lib/format";
import { parseSignedFile, signedFileKey, type ParsedSignedFile } from "../lib/signedFile";
import { targetChain } from "../wallet/config";

interface Check {
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

async function checkFile(file: ParsedSignedFile): Promise<Check[]> {
  const { programme } = requireContracts();
  const client = publicClient();
  const [block, nonce] = await Promise.all([
    client.getBlock({ blockTag: "latest" }),
    client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "nonces", args: [file.attester] }),
  ]);
  let signatureOk = false;
  try {
    signatureOk = await verifyTypedData({
      address: file.attester,
      domain: attestDomain(file.chainId, file.contract),
      types: ATTEST_TYPES,
      primaryType: ATTEST_PRIMARY_TYPE,
      message: attestMessage(file.request, file.attester, file.nonce, file.deadline),
      signature: file.signature,
    });
  } catch {
    signatureOk = false;
  }
  // An old nonce: used by a relayed signature, or voided by the signer (NonceIncreased)? One look-up by signer.
  const voided = file.nonce >= nonce ? undefined : await findNonceVoid(file.attester, file.nonce).catch(() => undefined);
  const left = file.deadline - block.timestamp;
  return [
    { label: "Chain", ok: file.chainId === targetChain.id, detail: file.chainId === targetChain.id ? `chain ${file.chainId}, this registry's` : `signed for chain ${file.chainId}; this registry is on chain ${targetChain.id}` },
    { label: "Contract", ok: file.contract.toLowerCase() === programme.toLowerCase(), detail: file.contract.toLowerCase() === programme.toLowerCase() ? "this registry's programme contract" : `signed for ${file.contract}, not this registry's ${programme}` },
    { label: "Deadline", ok: left >= 0, detail: left >= 0 ? `valid until ${formatSecondsDateTime(file.deadline)}` : `expired ${formatSecondsDateTime(file.deadline)}` },
    { label: "Nonce", ok: file.nonce === nonce, detail: file.nonce === nonce ? `${file.nonce}, the signer's next` : voided ? `${file.nonce} was voided by the signer (block ${voided.block}): this signed file can no longer be submitted` : file.nonce < nonce ? `${file.nonce} is already used (next is ${nonce})` : `${file.nonce} is ahead of the signer's next (${nonce}): submit the earlier ones first` },
    { label: "Signature", ok: signatureOk, detail: signatureOk ? "made by the attester's key over exactly this content" : "does not match the attester (tampered, or a contract wallet: the chain will decide)" },
  ];
}

const refOf = (file: ParsedSignedFile): Hex | undefined => (file.request.refUID && file.request.refUID !== zeroHash ? file.request.refUID : undefined);

export function RelayPage() {
  const connection = useConnection();
  const projects = useProjects();
  const entities = useEntities();
  const write = useProgrammeWrite();
  const [fileName, setFileName] = useState<string | undefined>();
  const [parsed, setParsed] = useState<ParsedSignedFile | undefined>();
  const [parseError, setParseError] = useState<string | undefined>();
  const [relayed, setRelayed] = useState<number | undefined>();
  const checks = useQuery({
    // keyed by the file's whole content: a tampered file never shows the checks of a genuine one it follows
    queryKey: ["relay-checks", parsed ? signedFileKey(parsed) : undefined],
    enabled: parsed !== undefined,
    queryFn: () => checkFile(parsed as ParsedSignedFile),
  });
  // The chain's word on the document and on what it refers to (never the indexer's).
  const onChain = useQuery({
    queryKey: ["chain", "relay", parsed?.request.contentHash, parsed?.request.refUID],
    enabled: parsed !== undefined,
    queryFn: () => relayVerdicts((parsed as ParsedSignedFile).request.contentHash, refOf(parsed as ParsedSignedFile)),
  });
  const projectMap = useMemo(() => indexById(projects.data), [projects.data]);
  const entityMap = useMemo(() => indexById(entities.data), [entities.data]);
  const signerEntity = useMemo(() => {
    const m = new Map<string, { id: number; name: string }>();
    for (const e of entities.data ?? []) for (const s of e.signers) m.set(s.toLowerCase(), e);
    return m;
  }, [entities.data]);

  const load = async (file: File) => {
    setFileName(file.name);
    setRelayed(undefined);
    write.reset();
    const result = parseSignedFile(await file.text());
    if (result.ok) {
      setParsed(result.file);
      setParseError(undefined);
    } else {
      setParsed(undefined);
      setParseError(result.reason);
    }
  };

  const relay = async () => {
    if (!parsed) return;
    const r = await write.send("Relay the signed attestation", "attestBySig", [parsed.request, parsed.attester, parsed.nonce, parsed.deadline, parsed.signature]);
    if (r.ok) {
      setRelayed(parsed.request.projectId);
    }
  };

  const project = parsed ? projectMap.get(parsed.request.projectId) : undefined;
  const allOk = checks.data?.every((c) => c.ok) ?? false;

  return (
    <>
      <PageHeader
        title="Relay a signed attestation"
        lead="An attester can sign an attestation without sending it (Attest → Sign). Anyone can then submit the signed file from their own account: the chain checks that the signature covers exactly this content, chain and contract, before the deadline, once."
      />
      <DataGate>
        <PageData ready={parsed === undefined || ((checks.data !== undefined || checks.isError) && (onChain.data !== undefined || onChain.isError))}>
        <div className="grid grid--2">
          <Card title="1. Signed file">
            <div
              className="dropzone"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const f = e.dataTransfer.files[0];
                if (f) void load(f);
              }}
            >
              <p>
                <strong>Drop a signed attestation (.json)</strong> or{" "}
                <label htmlFor="relay-file" className="link-button">choose a file</label>
              </p>
              <p className="muted small">Format pilot-programme/signed-attestation@1, as written by Attest → Sign or the terminal tool.</p>
              <input id="relay-file" type="file" accept="application/json,.json" className="visually-hidden-focusable" data-testid="relay-file" onChange={(e) => { const f = e.target.files?.[0]; if (f) void load(f); }} />
            </div>
            {fileName ? <p className="muted small">File: {fileName}</p> : null}
            {parseError ? <p className="error-text" role="alert" data-testid="relay-parse-error">{parseError}</p> : null}
          </Card>
          <Card title="2. What it says">
            {!parsed ? (
              <EmptyState title="No file yet">The attestation's content and the checks appear here.</EmptyState>
            ) : (
              <div data-testid="relay-summary">
                <dl className="facts">
                  <div><dt>Kind</dt><dd>{ATTESTATION_KINDS[parsed.request.kind]}</dd></div>
                  <div><dt>Project</dt><dd>{project ? <Link to={`/projects/${project.id}`}>#{project.id} {project.title}</Link> : `#${parsed.request.projectId}`}{project ? <span className="muted"> — {entityMap.get(project.entityId)?.name}</span> : null}</dd></div>
                  <div><dt>Attester</dt><dd><AccountName address={parsed.attester} entity={signerEntity.get(parsed.attester.toLowerCase())} /></dd></div>
                  <div><dt>Document</dt><dd><HashDisplay value={parsed.request.contentHash} /></dd></div>
                  {parsed.request.uri ? <div><dt>Location</dt><dd className="mono small break">{parsed.request.uri}</dd></div> : null}
                  <div><dt>Nonce</dt><dd>{parsed.nonce.toString()}</dd></div>
                </dl>
                <h3 className="subhead">Checks</h3>
                {checks.isPending ? <LoadingState rows={2} label="Checking against the chain…" /> : null}
                {checks.isError ? <p className="error-text" role="alert" data-testid="relay-checks-error">Could not check the file against the chain: {checks.error.message.split("\n")[0]}</p> : null}
                {onChain.data ? (
                  <ul className="checks" data-testid="relay-onchain">
                    <li className="check">
                      <span className="check__icon" aria-hidden="true">ⓘ</span>
                      <span data-testid="relay-document-verdict" data-verdict={onChain.data.document.status}>
                        <strong>This document on chain</strong>: {onChain.data.document.status === "not-attested" ? "not attested yet." : verdictSentence(onChain.data.document)}
                      </span>
                    </li>
                    {onChain.data.ref ? (
                      <li className={onChain.data.ref.record && !onChain.data.ref.record.revoked ? "check check--ok" : "check check--bad"}>
                        <span className="check__icon" aria-hidden="true">{onChain.data.ref.record && !onChain.data.ref.record.revoked ? "✓" : "✕"}</span>
                        <span data-testid="relay-ref-verdict">
                          <strong>Refers to</strong> attestation {parsed.request.refUID.slice(0, 10)}…:{" "}
                          {!onChain.data.ref.record ? "unknown on chain (the chain will refuse the reference)" : onChain.data.ref.record.revoked ? `revoked on chain (project #${onChain.data.ref.record.projectId})` : `valid on chain (project #${onChain.data.ref.record.projectId})`}
                        </span>
                      </li>
                    ) : null}
                  </ul>
                ) : onChain.isError ? <p className="error-text">Could not read the document's attestations on chain: {onChain.error.message.split("\n")[0]}</p> : null}
                {checks.data ? (
                  <ul className="checks" data-testid="relay-checks">
                    {checks.data.map((c) => (
                      <li key={c.label} className={c.ok ? "check check--ok" : "check check--bad"}>
                        <span className="check__icon" aria-hidden="true">{c.ok ? "✓" : "✕"}</span>
                        <span><strong>{c.label}</strong>: {c.detail}<span className="visually-hidden">{c.ok ? " (passes)" : " (fails)"}</span></span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <div className="actions">
                  <button type="button" className="btn btn--primary" onClick={() => void relay()} disabled={connection.status !== "connected" || write.busy || relayed !== undefined} data-testid="relay-submit">
                    {write.busy ? "Relaying…" : "Relay from my account"}
                  </button>
                  {connection.status !== "connected" ? <span className="muted small">Connect a wallet to relay (any account; it pays the fee).</span> : null}
                  {checks.data && !allOk && relayed === undefined ? <span className="muted small">Some checks fail: the chain will most likely refuse it.</span> : null}
                </div>
                {write.state.status === "failed" && write.state.message ? <p className="error-text" role="alert" data-testid="write-error">{write.state.message}</p> : null}
                {relayed !== undefined ? <p className="success-text" data-testid="relay-done">Relayed. <Link to={`/projects/${relayed}`}>See it in the project's timeline</Link>.</p> : null}
              </div>
            )}
          </Card>
          {connection.status === "connected" && connection.address ? (
            <Card title="Signed something you want to take back?">
              <VoidSignatures address={connection.address} />
            </Card>
          ) : null}
        </div>
        </PageData>
      </DataGate>
    </>
  );
}
