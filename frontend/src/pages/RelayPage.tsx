/**
 * Relay: upload a signed attestation file (EIP-712), see what it says, check
 * chain / contract / deadline / nonce / signature, and submit it from any account.
 */
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import { Trans, useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { zeroHash, type Hex } from "viem";
import { AccountName } from "../components/Address";
import { DataGate } from "../components/DataGate";
import { HashDisplay } from "../components/HashDisplay";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, LoadingState } from "../components/States";
import { VoidSignatures } from "../components/VoidSignatures";
import { pilotProgrammeAbi, publicClient, requireContracts } from "../data/chain";
import { indexById, useEntities, useProjects } from "../data/registry";
import { findNonceVoid, relayVerdicts } from "../data/views/relay";
import { useProgrammeWrite } from "../tx/useProgrammeWrite";
import { formatSecondsDateTime } from "../format/display";
import { parseSignedFile, preRelayChecks, recoverSigner, relayArgs, signedFileKey, type ParsedSignedFile } from "@pilot/sdk/signedFile";
import { targetChain } from "../wallet/config";
import { entityName, kindLabel, verdictText } from "../i18n/labels";

interface Check {
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

async function checkFile(file: ParsedSignedFile, t: TFunction): Promise<Check[]> {
  const { programme } = requireContracts();
  const client = publicClient();
  const [block, nonce, signer] = await Promise.all([
    client.getBlock({ blockTag: "latest" }),
    client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "nonces", args: [file.attester] }),
    recoverSigner(file),
  ]);
  const signatureOk = signer !== undefined && signer.toLowerCase() === file.attester.toLowerCase();
  const verdict = preRelayChecks(file, { chainId: targetChain.id, programme, now: block.timestamp, nextNonce: nonce });
  // An old nonce: used by a relayed signature, or voided by the signer (NonceIncreased)? One look-up by signer.
  const voided = verdict.nonce === "spent" ? await findNonceVoid(file.attester, file.nonce).catch(() => undefined) : undefined;
  return [
    {
      label: t("relay.check.chain"),
      ok: verdict.chain,
      detail: verdict.chain
        ? t("relay.check.chainOk", { chainId: file.chainId })
        : t("relay.check.chainBad", { chainId: file.chainId, target: targetChain.id }),
    },
    {
      label: t("relay.check.contract"),
      ok: verdict.contract,
      detail: verdict.contract ? t("relay.check.contractOk") : t("relay.check.contractBad", { contract: file.contract, programme }),
    },
    {
      label: t("relay.check.deadline"),
      ok: verdict.deadline,
      detail: verdict.deadline
        ? t("relay.check.deadlineOk", { date: formatSecondsDateTime(file.deadline) })
        : t("relay.check.deadlineBad", { date: formatSecondsDateTime(file.deadline) }),
    },
    {
      label: t("relay.check.nonce"),
      ok: verdict.nonce === "next",
      detail:
        verdict.nonce === "next"
          ? t("relay.check.nonceOk", { nonce: String(file.nonce) })
          : voided
            ? t("relay.check.nonceVoided", { nonce: String(file.nonce), block: String(voided.block) })
            : verdict.nonce === "spent"
              ? t("relay.check.nonceUsed", { nonce: String(file.nonce), next: String(nonce) })
              : t("relay.check.nonceAhead", { nonce: String(file.nonce), next: String(nonce) }),
    },
    { label: t("relay.check.signature"), ok: signatureOk, detail: signatureOk ? t("relay.check.signatureOk") : t("relay.check.signatureBad") },
  ];
}

const refOf = (file: ParsedSignedFile): Hex | undefined => (file.request.refUID && file.request.refUID !== zeroHash ? file.request.refUID : undefined);

export function RelayPage() {
  const { t, i18n } = useTranslation();
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
    queryKey: ["relay-checks", parsed ? signedFileKey(parsed) : undefined, i18n.language],
    enabled: parsed !== undefined,
    queryFn: () => checkFile(parsed as ParsedSignedFile, t),
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
    const r = await write.send(t("relay.relayTitle"), "attestBySig", relayArgs(parsed));
    if (r.ok) {
      setRelayed(parsed.request.projectId);
    }
  };

  const project = parsed ? projectMap.get(parsed.request.projectId) : undefined;
  const allOk = checks.data?.every((c) => c.ok) ?? false;

  return (
    <>
      <PageHeader title={t("relay.title")} lead={t("relay.lead")} />
      <DataGate>
        <PageData ready={parsed === undefined || ((checks.data !== undefined || checks.isError) && (onChain.data !== undefined || onChain.isError))}>
          <div className="grid grid--2">
            <Card title={t("relay.file")}>
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
                  <Trans i18nKey="relay.drop" components={{ b: <strong />, label: <label htmlFor="relay-file" className="link-button" /> }} />
                </p>
                <p className="muted small">{t("relay.format")}</p>
                <input
                  id="relay-file"
                  type="file"
                  accept="application/json,.json"
                  className="visually-hidden-focusable"
                  data-testid="relay-file"
                  onChange={(e) => {
                    const f = e.target.files?.[0];
                    if (f) void load(f);
                  }}
                />
              </div>
              {fileName ? <p className="muted small">{t("relay.fileName", { name: fileName })}</p> : null}
              {parseError ? (
                <p className="error-text" role="alert" data-testid="relay-parse-error">
                  {parseError}
                </p>
              ) : null}
            </Card>
            <Card title={t("relay.says")}>
              {!parsed ? (
                <EmptyState title={t("relay.noFile")}>{t("relay.noFileText")}</EmptyState>
              ) : (
                <div data-testid="relay-summary">
                  <dl className="facts">
                    <div>
                      <dt>{t("relay.kind")}</dt>
                      <dd>{kindLabel(parsed.request.kind)}</dd>
                    </div>
                    <div>
                      <dt>{t("timeline.project")}</dt>
                      <dd>
                        {project ? (
                          <Link to={`/projects/${project.id}`}>
                            #{project.id} {project.title}
                          </Link>
                        ) : (
                          `#${parsed.request.projectId}`
                        )}
                        {project ? <span className="muted"> — {entityName(entityMap.get(project.entityId)?.name ?? "")}</span> : null}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("relay.attester")}</dt>
                      <dd>
                        <AccountName address={parsed.attester} entity={signerEntity.get(parsed.attester.toLowerCase())} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("timeline.document")}</dt>
                      <dd>
                        <HashDisplay value={parsed.request.contentHash} />
                      </dd>
                    </div>
                    {parsed.request.uri ? (
                      <div>
                        <dt>{t("timeline.location")}</dt>
                        <dd className="mono small break">{parsed.request.uri}</dd>
                      </div>
                    ) : null}
                    <div>
                      <dt>{t("relay.nonce")}</dt>
                      <dd>{parsed.nonce.toString()}</dd>
                    </div>
                  </dl>
                  <h3 className="subhead">{t("relay.checks")}</h3>
                  {checks.isPending ? <LoadingState rows={2} label={t("relay.checking")} /> : null}
                  {checks.isError ? (
                    <p className="error-text" role="alert" data-testid="relay-checks-error">
                      {t("relay.checksError", { message: checks.error.message.split("\n")[0] ?? "" })}
                    </p>
                  ) : null}
                  {onChain.data ? (
                    <ul className="checks" data-testid="relay-onchain">
                      <li className="check">
                        <span className="check__icon" aria-hidden="true">
                          ⓘ
                        </span>
                        <span data-testid="relay-document-verdict" data-verdict={onChain.data.document.status}>
                          <Trans
                            i18nKey="relay.documentOnChain"
                            values={{
                              verdict: onChain.data.document.status === "not-attested" ? t("relay.notAttestedYet") : verdictText(onChain.data.document),
                            }}
                            components={{ b: <strong /> }}
                          />
                        </span>
                      </li>
                      {onChain.data.ref ? (
                        <li className={onChain.data.ref.record && !onChain.data.ref.record.revoked ? "check check--ok" : "check check--bad"}>
                          <span className="check__icon" aria-hidden="true">
                            {onChain.data.ref.record && !onChain.data.ref.record.revoked ? "✓" : "✕"}
                          </span>
                          <span data-testid="relay-ref-verdict">
                            <Trans
                              i18nKey="relay.refersTo"
                              values={{
                                uid: parsed.request.refUID.slice(0, 10),
                                state: !onChain.data.ref.record
                                  ? t("relay.refUnknown")
                                  : onChain.data.ref.record.revoked
                                    ? t("relay.refRevoked", { id: onChain.data.ref.record.projectId })
                                    : t("relay.refValid", { id: onChain.data.ref.record.projectId }),
                              }}
                              components={{ b: <strong /> }}
                            />
                          </span>
                        </li>
                      ) : null}
                    </ul>
                  ) : onChain.isError ? (
                    <p className="error-text">{t("relay.onChainError", { message: onChain.error.message.split("\n")[0] ?? "" })}</p>
                  ) : null}
                  {checks.data ? (
                    <ul className="checks" data-testid="relay-checks">
                      {checks.data.map((c) => (
                        <li key={c.label} className={c.ok ? "check check--ok" : "check check--bad"}>
                          <span className="check__icon" aria-hidden="true">
                            {c.ok ? "✓" : "✕"}
                          </span>
                          <span>
                            <strong>{c.label}</strong>: {c.detail}
                            <span className="visually-hidden">{c.ok ? t("relay.passes") : t("relay.fails")}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <div className="actions">
                    <button
                      type="button"
                      className="btn btn--primary"
                      onClick={() => void relay()}
                      disabled={connection.status !== "connected" || write.busy || relayed !== undefined}
                      data-testid="relay-submit"
                    >
                      {write.busy ? t("relay.relaying") : t("relay.relay")}
                    </button>
                    {connection.status !== "connected" ? <span className="muted small">{t("relay.connect")}</span> : null}
                    {checks.data && !allOk && relayed === undefined ? <span className="muted small">{t("relay.someFail")}</span> : null}
                  </div>
                  {write.state.status === "failed" && write.state.message ? (
                    <p className="error-text" role="alert" data-testid="write-error">
                      {write.state.message}
                    </p>
                  ) : null}
                  {relayed !== undefined ? (
                    <p className="success-text" data-testid="relay-done">
                      <Trans i18nKey="relay.done" components={{ a: <Link to={`/projects/${relayed}`} /> }} />
                    </p>
                  ) : null}
                </div>
              )}
            </Card>
            {connection.status === "connected" && connection.address ? (
              <Card title={t("relay.takeBack")}>
                <VoidSignatures address={connection.address} />
              </Card>
            ) : null}
          </div>
        </PageData>
      </DataGate>
    </>
  );
}
