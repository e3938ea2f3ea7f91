import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { Hex } from "viem";
import { AccountName } from "../components/Address";
import { DataGate } from "../components/DataGate";
import { FileHashDropZone } from "../components/FileHashDropZone";
import { HashDisplay } from "../components/HashDisplay";
import { KindBadge } from "../components/KindBadge";
import { LimitedModeNotice } from "../components/ModeNotice";
import { Card, PageHeader } from "../components/PageHeader";
import { PageData } from "../components/PageData";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { StandingMark } from "../components/StandingMark";
import { compareDocument, describeDisagreement, verdictSentence } from "../data/onchain/compare";
import { claimOf } from "../data/onchain/useChainCheck";
import { readMode } from "../data/readMode";
import { useStandings } from "../data/standing";
import { DOCUMENT_PAGE, useChainVerdict, useDocumentPage } from "../data/views/pages";
import { parseBytes32Hex } from "../lib/hash";
import { formatDateTime, formatNumber, isoDateTime } from "../lib/format";

export function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseBytes32Hex(params.get("hash") ?? "");
  const hash: Hex | undefined = fromUrl.ok ? (fromUrl.value.toLowerCase() as Hex) : undefined;
  const [fileName, setFileName] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const verdict = useChainVerdict(hash);
  const list = useDocumentPage(hash, page, verdict.data);
  const v = verdict.data;
  const verdictId = !v ? undefined : v.status === "valid" ? "attested" : v.status === "revoked" ? "revoked" : "none";
  const disagreements = useMemo(
    () => (readMode === "indexed" && v && list.data ? compareDocument(list.data.total, list.data.rows.map(claimOf), v) : []),
    [v, list.data],
  );
  const chainByUid = useMemo(() => new Map((v?.records ?? []).map((r) => [r.uid.toLowerCase(), r])), [v]);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / DOCUMENT_PAGE));
  // former signer / former office: this page's attesters and revokers, looked up once
  const standing = useStandings(list.data?.rows);

  return (
    <>
      <PageHeader title="Verify a document" lead="Check whether a document was attested: by whom, when, about which project, and whether it was revoked. The file is hashed on this device and never uploaded. No wallet needed." />
      <DataGate>
        <LimitedModeNotice>The verdict and the list come from the contract; locations, references and revocation reasons from the log, looked up by attestation id.</LimitedModeNotice>
        <div className="grid grid--2">
          <Card title="1. Document">
            <FileHashDropZone
              onHashed={(doc) => {
                setFileName(doc.fileName);
                setPage(0);
                setParams({ hash: doc.hash.toLowerCase() }, { replace: true });
              }}
            />
            {hash && !fileName ? <p className="muted small">Hash from the link: <HashDisplay value={hash} /></p> : null}
          </Card>
          <Card title="2. Result">
            {!hash ? (
              <PageData ready>
                <EmptyState title="No document yet">Drop a file or paste its SHA-256 hash to look it up.</EmptyState>
              </PageData>
            ) : null}
            {hash && verdict.isPending ? <LoadingState label="Reading the contract…" rows={2} /> : null}
            {verdict.isError ? <ErrorState title="Could not read the chain" onRetry={() => void verdict.refetch()}>{verdict.error.message.split("\n")[0]}</ErrorState> : null}
            {hash ? (
              <PageData ready={v !== undefined && (v.count === 0 || list.data !== undefined)}>
                {v && verdictId ? (
                  <div data-testid="verify-result" data-verdict={verdictId}>
                    <div className={`verdict verdict--${verdictId}`} role="status">
                      <span className="verdict__icon" aria-hidden="true">{verdictId === "attested" ? "✓" : verdictId === "revoked" ? "!" : "?"}</span>
                      <div>
                        <p className="verdict__title">{verdictId === "attested" ? "Attested" : verdictId === "revoked" ? "Attested, but revoked" : "Not attested"}</p>
                        <p className="verdict__text" data-testid="verdict-text">
                          {verdictId === "none"
                            ? "No attestation on chain carries this hash. A changed byte changes the hash: check you have the exact file."
                            : verdictId === "revoked"
                              ? `Every attestation of this document was revoked (${formatNumber(v.count)}): it no longer stands.`
                              : verdictSentence(v)}
                        </p>
                        <p className="muted small" data-testid="verdict-source">
                          Read from the contract at block {formatNumber(Number(v.block))}: all {formatNumber(v.count)} record{v.count === 1 ? "" : "s"} (attestationCount, then every page of attestationsOf).
                        </p>
                      </div>
                    </div>
                    {disagreements.length ? (
                      <div className="notice notice--error" role="alert" data-testid="chain-disagreement">
                        <strong>The indexer and the chain disagree</strong> (the verdict above is the chain's):
                        <ul>{disagreements.slice(0, 5).map((d, i) => <li key={i}>{describeDisagreement(d)}</li>)}</ul>
                      </div>
                    ) : null}
                    {list.isError ? <ErrorState title="Could not load the details" onRetry={() => void list.refetch()}>{list.error.message.split("\n")[0]}</ErrorState> : null}
                    {v.count > 0 && !list.data && !list.isError ? <LoadingState rows={3} label="Loading the attestations…" /> : null}
                    {list.data && list.data.rows.length ? (
                      <>
                        <ol className="verify-list" data-testid="verify-list">
                          {list.data.rows.map((a) => {
                            const onChain = chainByUid.get(a.uid.toLowerCase());
                            const revoked = onChain ? onChain.revoked : a.revoked !== undefined;
                            return (
                              <li key={a.uid} className={`verify-item${revoked ? " verify-item--revoked" : ""}`}>
                                <div className="timeline__head">
                                  <KindBadge kind={a.kindLabel} />
                                  <time className="muted small" dateTime={isoDateTime(a.time)}>{formatDateTime(a.time)}</time>
                                  {revoked ? <span className="badge badge--danger">Revoked</span> : <span className="badge badge--success">Valid</span>}
                                  {onChain ? <span className="chain-check chain-check--ok" title="This status is the contract's">on chain</span> : <span className="chain-check chain-check--bad">not on chain</span>}
                                </div>
                                <dl className="facts">
                                  <div><dt>Project</dt><dd>{a.projectTitle ? <Link to={`/projects/${a.projectId}`}>{a.projectTitle}</Link> : `#${a.projectId}`}</dd></div>
                                  <div><dt>Entity</dt><dd>{a.entity ? <Link to={`/entities/${a.entity.id}`}>{a.entity.name}</Link> : "—"}{a.zoneName ? <span className="muted"> · {a.zoneName}</span> : null}</dd></div>
                                  <div><dt>Attested by</dt><dd><AccountName address={a.attester} /><StandingMark standing={standing.attester(a)} />{a.delegated ? <span className="tag">signed · relayed</span> : null}</dd></div>
                                  {a.uri ? <div><dt>Location</dt><dd className="mono small break">{a.uri}</dd></div> : null}
                                  {a.revoked ? (
                                    <div><dt>Revoked</dt><dd data-testid="revocation-reason">{a.revoked.by ? <>by <AccountName address={a.revoked.by} /><StandingMark standing={standing.revoker(a)} /></> : null}{a.revoked.reason !== undefined ? `: “${a.revoked.reason}”` : " (reason not found)"}</dd></div>
                                  ) : null}
                                </dl>
                              </li>
                            );
                          })}
                        </ol>
                        {pages > 1 ? (
                          <nav className="pager" aria-label="Attestations of this document, pages">
                            <span className="muted">{`${page * DOCUMENT_PAGE + 1}–${page * DOCUMENT_PAGE + list.data.rows.length} of ${formatNumber(list.data.total)}`}</span>
                            <div className="pager__buttons">
                              <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(page - 1)} disabled={page === 0}>Previous</button>
                              <span className="muted">Page {page + 1} of {pages}</span>
                              <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(page + 1)} disabled={page >= pages - 1}>Next</button>
                            </div>
                          </nav>
                        ) : null}
                      </>
                    ) : null}
                  </div>
                ) : null}
              </PageData>
            ) : null}
          </Card>
        </div>
      </DataGate>
    </>
  );
}
