import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { useConnection } from "wagmi";
import { Trans, useTranslation } from "react-i18next";
import { signTypedData } from "wagmi/actions";
import { zeroHash, type Hex } from "viem";
import { ATTEST_PRIMARY_TYPE, ATTEST_TYPES, attestDomain, attestMessage, type SignedAttestationFile } from "@pilot/sdk/eip712";
import { DataGate } from "../components/DataGate";
import { FileHashDropZone, type HashedDocument } from "../components/FileHashDropZone";
import { HashDisplay } from "../components/HashDisplay";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { useToasts } from "../tx/toasts";
import { VoidSignatures } from "../components/VoidSignatures";
import { publicClient, requireContracts } from "../data/chain";
import { attestTargets, sameDocumentEarlier, whyNotTarget } from "../data/eligibility";
import { NotEligibleNotice } from "../components/NotEligibleNotice";
import { LapsedOfficeNote, useLapsedOfficeText } from "../components/LapsedOfficeNote";
import { useChainVerdict } from "../data/views/pages";
import { useTimeline } from "../data/views/timeline";
import { indexById, useEntities, useProjects, useZones } from "../data/registry";
import { fetchRoles, useRoles } from "../data/roles";
import { cachedLookup, useProgrammeWrite } from "../tx/useProgrammeWrite";
import { explainError } from "../tx/contractErrors";
import { formatDateTime, formatSecondsDateTime, shortHex } from "../format/display";
import { WriteError } from "../components/WriteControls";
import { buildSignedFile, signedFileName } from "@pilot/sdk/signedFile";
import { targetChain, wagmiConfig } from "../wallet/config";
import { entityName, joinRoles, kindLabel, rolesText, statusLabel } from "../i18n/labels";

const VALIDITY = [
  { label: "attest.validity.hour", seconds: 3600 },
  { label: "attest.validity.day", seconds: 86_400 },
  { label: "attest.validity.week", seconds: 7 * 86_400 },
] as const;

export function downloadJson(name: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AttestPage() {
  const { t } = useTranslation();
  const connection = useConnection();
  const address = connection.status === "connected" ? connection.address : undefined;
  const roles = useRoles(address);
  const projects = useProjects();
  const entities = useEntities();
  const zones = useZones();
  const write = useProgrammeWrite();
  const toasts = useToasts();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();

  const entityMap = useMemo(() => indexById(entities.data), [entities.data]);
  const zoneMap = useMemo(() => indexById(zones.data), [zones.data]);
  const targets = useMemo(
    () => (roles.data && projects.data && entities.data && zones.data ? attestTargets(roles.data, projects.data, entityMap, zoneMap) : undefined),
    [roles.data, projects.data, entities.data, zones.data, entityMap, zoneMap],
  );

  const [projectId, setProjectId] = useState<number | undefined>();
  const [kind, setKind] = useState<number | undefined>();
  const [doc, setDoc] = useState<HashedDocument | undefined>();
  const [uri, setUri] = useState("");
  const [refUID, setRefUID] = useState<Hex>(zeroHash);
  const [validity, setValidity] = useState<number>(VALIDITY[1].seconds);
  const [signing, setSigning] = useState(false);
  const [signed, setSigned] = useState<SignedAttestationFile | undefined>();
  const [done, setDone] = useState<{ projectId: number; hash: Hex } | undefined>();
  const [signError, setSignError] = useState<string | undefined>();
  const [againConfirmed, setAgainConfirmed] = useState(false);
  // Remounts the document picker: after "Recorded" the form starts empty, so a second click records nothing.
  const [formKey, setFormKey] = useState(0);

  // The project asked for by ?project= (the project page's "Attest about this project"), and why this account may not, if so.
  const wantedId = Number(params.get("project"));
  const wanted = Number.isSafeInteger(wantedId) && wantedId > 0 ? projects.data?.find((p) => p.id === wantedId) : undefined;
  const refused = wanted && roles.data && projects.data && entities.data && zones.data ? whyNotTarget(roles.data, wanted, entityMap, zoneMap) : undefined;

  // Pick the project from ?project= or, when none is asked for, the first target; keep the kind valid for it.
  // A project this account may not attest about is not swapped for another one silently: the user chooses.
  useEffect(() => {
    if (!targets || targets.length === 0) return;
    if (projectId === undefined || !targets.some((t) => t.project.id === projectId)) {
      const asked = targets.find((t) => t.project.id === wantedId)?.project.id;
      if (asked !== undefined || (!refused && projectId === undefined)) setProjectId(asked ?? targets[0]?.project.id);
      else if (projectId !== undefined) setProjectId(undefined);
    }
  }, [targets, wantedId, refused, projectId]);
  const target = targets?.find((t) => t.project.id === projectId);
  useEffect(() => {
    if (target && (kind === undefined || !target.kinds.includes(kind))) setKind(target.kinds[0]);
  }, [target, kind]);
  // What a new attestation may amend or answer: the project's latest attestations (indexer, or the log by project id).
  const earlier = useTimeline({ projectId: projectId ?? 0 }, 50, { enabled: projectId !== undefined }).items;

  // This document already attested about this project? (the chain's records of its hash; refreshed after every write)
  const verdict = useChainVerdict(doc?.hash);
  const earlierSame = verdict.data && target ? sameDocumentEarlier(verdict.data.records, target.project.id) : [];
  const checkingDuplicate = doc !== undefined && (verdict.isPending || verdict.isFetching);

  const request = target && kind !== undefined && doc ? { projectId: target.project.id, kind, contentHash: doc.hash, refUID, uri: uri.trim() } : undefined;
  const blocker = !address
    ? t("attest.blockConnect")
    : !target
      ? t("attest.blockProject")
      : !doc
        ? t("attest.blockDocument")
        : checkingDuplicate
          ? t("attestGuard.checking")
          : earlierSame.length > 0 && !againConfirmed
            ? t("attestGuard.confirmFirst")
            : undefined;

  const chooseDocument = (next: HashedDocument | undefined) => {
    setDoc(next);
    setAgainConfirmed(false);
    setDone(undefined);
  };

  const resetAfterSuccess = (hash: Hex) => {
    if (target) setDone({ projectId: target.project.id, hash });
    setSigned(undefined);
    // The form starts again: no document, location, reference or confirmation carried over.
    setDoc(undefined);
    setUri("");
    setRefUID(zeroHash);
    setAgainConfirmed(false);
    setFormKey((k) => k + 1);
  };

  const send = async () => {
    if (!request || blocker !== undefined || busy) return;
    setDone(undefined);
    const result = await write.send(t("attest.txTitle", { kind: kindLabel(request.kind) }), "attest", [request]);
    if (result.ok && result.receipt) resetAfterSuccess(result.receipt.transactionHash);
  };

  const sign = async () => {
    if (!request || !address || blocker !== undefined || busy) return;
    setDone(undefined);
    setSigned(undefined);
    setSignError(undefined);
    setSigning(true);
    const { programme } = requireContracts();
    const id = toasts.push({ status: "pending", title: t("attest.signTitle"), detail: t("attest.checkWallet") });
    try {
      const [fresh, block] = await Promise.all([fetchRoles(address), publicClient().getBlock({ blockTag: "latest" })]);
      const deadline = block.timestamp + BigInt(validity);
      const message = attestMessage(request, address, fresh.nonce, deadline);
      const signature = await signTypedData(wagmiConfig, {
        account: address,
        domain: attestDomain(targetChain.id, programme),
        types: ATTEST_TYPES,
        primaryType: ATTEST_PRIMARY_TYPE,
        message,
      });
      setSigned(buildSignedFile({ chainId: targetChain.id, contract: programme, attester: address, request, nonce: fresh.nonce, deadline, signature }));
      toasts.update(id, { status: "confirmed", title: t("attest.signed"), detail: t("attest.signedDetail") });
    } catch (error) {
      const message = await explainError(error, cachedLookup(queryClient));
      setSignError(message);
      toasts.update(id, { status: "failed", title: t("attest.notSigned"), detail: message });
    } finally {
      setSigning(false);
    }
  };

  const submitSigned = async () => {
    if (!signed || busy) return;
    const r = signed.request;
    const result = await write.send(t("attest.submitTitle"), "attestBySig", [
      { projectId: r.projectId, kind: r.kind, contentHash: r.contentHash, refUID: r.refUID, uri: r.uri },
      signed.attester,
      BigInt(signed.nonce),
      BigInt(signed.deadline),
      signed.signature,
    ]);
    if (result.ok && result.receipt) resetAfterSuccess(result.receipt.transactionHash);
  };

  const names = {
    zone: (id: number) => zoneMap.get(id)?.name ?? `#${id}`,
    entity: (id: number) => entityMap.get(id)?.name ?? `#${id}`,
  };
  const roleWords = roles.data ? rolesText(roles.data, names) : [];
  const lapsedText = useLapsedOfficeText(roles.data, names);
  const busy = write.busy || signing;
  // why the project asked for in the link is not offered: shown above the empty state or the form alike
  const notEligible =
    wanted && refused ? (
      <NotEligibleNotice project={wanted} why={refused} entity={entityMap.get(wanted.entityId)?.name ?? ""} zone={zoneMap.get(wanted.zoneId)?.name ?? ""} />
    ) : null;

  return (
    <>
      <PageHeader title={t("attest.title")} lead={t("attest.lead")} />
      <DataGate>
        <PageData ready={!address || (!roles.isPending && !projects.isPending && !entities.isPending && !zones.isPending)}>
          {!address ? (
            <EmptyState title={t("attest.connectTitle")}>{t("attest.connectText")}</EmptyState>
          ) : roles.isPending || projects.isPending || entities.isPending || zones.isPending ? (
            <LoadingState label={t("attest.readingRoles")} />
          ) : roles.isError ? (
            <ErrorState title={t("attest.rolesError")} onRetry={() => void roles.refetch()} />
          ) : targets && targets.length === 0 ? (
            <>
              {notEligible}
              <EmptyState title={t("attest.nothing")} action={<Link to="/verify">{t("attest.verifyInstead")}</Link>}>
                {lapsedText ? (
                  <span data-testid="attest-office-lapsed">{lapsedText}</span>
                ) : roleWords.length ? (
                  t("attest.rolesNoMatch", { roles: joinRoles(roleWords) })
                ) : (
                  t("attest.noRole")
                )}
              </EmptyState>
            </>
          ) : targets ? (
            <>
              <LapsedOfficeNote roles={roles.data} names={names} />
              {notEligible}
              <div className="grid grid--2">
                <Card title={t("attest.document")}>
                  <FileHashDropZone key={formKey} onHashed={chooseDocument} onCleared={() => chooseDocument(undefined)} />
                </Card>
                <Card title={t("attest.attestationCard")}>
                  <form
                    className="form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void send();
                    }}
                  >
                    {roles.data ? (
                      <p className="muted small" data-testid="acting-as">
                        {t("attest.actingAs", { roles: joinRoles(roleWords) })}
                      </p>
                    ) : null}
                    <label className="field">
                      <span className="field__label">{t("attest.project", { count: targets.length })}</span>
                      <select
                        className="input"
                        value={projectId ?? ""}
                        onChange={(e) => {
                          setProjectId(Number(e.target.value));
                          setRefUID(zeroHash);
                          setAgainConfirmed(false);
                        }}
                        data-testid="attest-project"
                      >
                        {projectId === undefined ? (
                          <option value="" disabled>
                            {t("attestGuard.chooseProject")}
                          </option>
                        ) : null}
                        {targets.map((t) => (
                          <option key={t.project.id} value={t.project.id}>
                            #{t.project.id} {t.project.title} — {entityName(entityMap.get(t.project.entityId)?.name ?? "")} (
                            {statusLabel(t.project.status).toLowerCase()})
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field">
                      <span className="field__label">{t("attest.kind")}</span>
                      <select className="input" value={kind ?? ""} onChange={(e) => setKind(Number(e.target.value))} data-testid="attest-kind">
                        {(target?.kinds ?? []).map((k) => (
                          <option key={k} value={k}>
                            {kindLabel(k)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field">
                      <span className="field__label">{t("attest.uri")}</span>
                      <input className="input" value={uri} onChange={(e) => setUri(e.target.value)} placeholder="https://… or urn:…" />
                    </label>
                    <label className="field">
                      <span className="field__label">{t("attest.ref")}</span>
                      <select className="input" value={refUID} onChange={(e) => setRefUID(e.target.value as Hex)}>
                        <option value={zeroHash}>{t("attest.refNone")}</option>
                        {earlier.map((a) => (
                          <option key={a.uid} value={a.uid}>
                            {t("attest.refOption", { kind: kindLabel(a.kindLabel), time: formatDateTime(a.time), uid: shortHex(a.uid) })}
                            {a.revoked ? t("attest.refRevoked") : ""}
                          </option>
                        ))}
                      </select>
                    </label>
                    <div className="field">
                      <span className="field__label">{t("attest.hash")}</span>
                      {doc ? <HashDisplay value={doc.hash} /> : <span className="muted">{t("attest.noneYet")}</span>}
                    </div>
                    {earlierSame.length > 0 && doc ? (
                      <div className="notice notice--limited" role="alert" data-testid="attest-duplicate">
                        <p>
                          {t("attestGuard.duplicate", {
                            count: earlierSame.length,
                            date: formatSecondsDateTime(BigInt(Math.max(...earlierSame.map((r) => r.time)))),
                          })}
                        </p>
                        <label className="check-option">
                          <input
                            type="checkbox"
                            checked={againConfirmed}
                            onChange={(e) => setAgainConfirmed(e.target.checked)}
                            data-testid="attest-duplicate-confirm"
                          />
                          {t("attestGuard.recordAgain")}
                        </label>
                      </div>
                    ) : null}
                    <div className="actions">
                      <button type="submit" className="btn btn--primary" disabled={blocker !== undefined || busy} data-testid="attest-send">
                        {write.state.status === "wallet"
                          ? t("attest.confirmWallet")
                          : write.state.status === "pending"
                            ? t("attest.waiting")
                            : t("attest.send")}
                      </button>
                      <span className="muted small">{t("attest.or")}</span>
                      <label className="field field--inline">
                        <span className="field__label">{t("attest.validFor")}</span>
                        <select className="input input--sm" value={validity} onChange={(e) => setValidity(Number(e.target.value))}>
                          {VALIDITY.map((v) => (
                            <option key={v.seconds} value={v.seconds}>
                              {t(v.label)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <button
                        type="button"
                        className="btn btn--secondary"
                        onClick={() => void sign()}
                        disabled={blocker !== undefined || busy}
                        data-testid="attest-sign"
                      >
                        {signing ? t("attest.checkWallet") : t("attest.sign")}
                      </button>
                    </div>
                    {blocker ? (
                      <p className="muted small" data-testid="attest-blocker">
                        {blocker}
                      </p>
                    ) : null}
                    <WriteError write={write} />
                    {signError ? (
                      <p className="error-text" role="alert" data-testid="sign-error">
                        {signError}
                      </p>
                    ) : null}
                  </form>
                </Card>
                {signed ? (
                  <Card title={t("attest.signedCard")}>
                    <div data-testid="signed-attestation">
                      <p>
                        <Trans
                          i18nKey="attest.signedText"
                          values={{ attester: shortHex(signed.attester), nonce: signed.nonce, deadline: formatSecondsDateTime(BigInt(signed.deadline)) }}
                          components={{ code: <code className="mono" /> }}
                        />
                      </p>
                      <div className="actions">
                        <button type="button" className="btn btn--primary" onClick={() => void submitSigned()} disabled={busy} data-testid="signed-submit">
                          {write.busy ? t("attest.waiting") : t("attest.submit")}
                        </button>
                        <button
                          type="button"
                          className="btn btn--secondary"
                          onClick={() => downloadJson(signedFileName(signed), signed)}
                          data-testid="signed-download"
                        >
                          {t("attest.download")}
                        </button>
                      </div>
                    </div>
                  </Card>
                ) : null}
                {address ? (
                  <Card title={t("attest.unsent")}>
                    <VoidSignatures address={address} onVoided={(next) => setSigned((s) => (s && BigInt(s.nonce) < next ? undefined : s))} />
                  </Card>
                ) : null}
                {done ? (
                  <Card title={t("attest.recorded")}>
                    <p data-testid="attest-done">
                      <Trans i18nKey="attest.recordedText" components={{ a: <Link to={`/projects/${done.projectId}`} /> }} />
                    </p>
                  </Card>
                ) : null}
              </div>
            </>
          ) : null}
        </PageData>
      </DataGate>
    </>
  );
}
