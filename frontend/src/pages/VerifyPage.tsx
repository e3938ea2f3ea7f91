import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { Hex } from "viem";
import { Trans, useTranslation } from "react-i18next";
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
import { compareDocument } from "../data/onchain/compare";
import { disagreementText, entityName, verdictText, zoneName } from "../i18n/labels";
import { claimOf } from "../data/onchain/useChainCheck";
import { readMode } from "../data/readMode";
import { useStandings } from "../data/standing";
import { DOCUMENT_PAGE, useChainVerdict, useDocumentPage } from "../data/views/pages";
import { parseBytes32Hex } from "@pilot/sdk/hashing";
import { formatDateTime, formatNumber, isoDateTime } from "../format/display";

export function VerifyPage() {
  const { t } = useTranslation();
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
      <PageHeader title={t("verify.title")} lead={t("verify.lead")} />
      <DataGate>
        <LimitedModeNotice>{t("verify.limited")}</LimitedModeNotice>
        <div className="grid grid--2">
          <Card title={t("verify.document")}>
            <FileHashDropZone
              onHashed={(doc) => {
                setFileName(doc.fileName);
                setPage(0);
                setParams({ hash: doc.hash.toLowerCase() }, { replace: true });
              }}
              onCleared={() => {
                // A pasted text that is not a hash: the previous document's verdict no longer applies.
                setFileName(undefined);
                setPage(0);
                setParams({}, { replace: true });
              }}
            />
            {hash && !fileName ? (
              <p className="muted small">
                {t("verify.fromLink")} <HashDisplay value={hash} />
              </p>
            ) : null}
          </Card>
          <Card title={t("verify.result")}>
            {!hash ? (
              <PageData ready>
                <EmptyState title={t("verify.noDocument")}>{t("verify.noDocumentText")}</EmptyState>
              </PageData>
            ) : null}
            {hash && verdict.isPending ? <LoadingState label={t("verify.reading")} rows={2} /> : null}
            {verdict.isError ? (
              <ErrorState title={t("verify.readError")} onRetry={() => void verdict.refetch()}>
                {verdict.error.message.split("\n")[0]}
              </ErrorState>
            ) : null}
            {hash ? (
              <PageData ready={v !== undefined && (v.count === 0 || list.data !== undefined)}>
                {v && verdictId ? (
                  <div data-testid="verify-result" data-verdict={verdictId}>
                    <div className={`verdict verdict--${verdictId}`} role="status">
                      <span className="verdict__icon" aria-hidden="true">
                        {verdictId === "attested" ? "✓" : verdictId === "revoked" ? "!" : "?"}
                      </span>
                      <div>
                        <p className="verdict__title">
                          {verdictId === "attested" ? t("verify.attested") : verdictId === "revoked" ? t("verify.attestedRevoked") : t("verify.notAttested")}
                        </p>
                        <p className="verdict__text" data-testid="verdict-text">
                          {verdictId === "none"
                            ? t("verify.noneText")
                            : verdictId === "revoked"
                              ? t("verify.allRevoked", { n: formatNumber(v.count) })
                              : verdictText(v)}
                        </p>
                        <p className="muted small" data-testid="verdict-source">
                          {t("verify.source", { block: formatNumber(Number(v.block)), count: v.count })}
                        </p>
                      </div>
                    </div>
                    {disagreements.length ? (
                      <div className="notice notice--error" role="alert" data-testid="chain-disagreement">
                        <Trans i18nKey="verify.disagree" components={{ b: <strong /> }} />
                        <ul>
                          {disagreements.slice(0, 5).map((d, i) => (
                            <li key={i}>{disagreementText(d)}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {list.isError ? (
                      <ErrorState title={t("verify.detailsError")} onRetry={() => void list.refetch()}>
                        {list.error.message.split("\n")[0]}
                      </ErrorState>
                    ) : null}
                    {v.count > 0 && !list.data && !list.isError ? <LoadingState rows={3} label={t("verify.loadingList")} /> : null}
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
                                  <time className="muted small" dateTime={isoDateTime(a.time)}>
                                    {formatDateTime(a.time)}
                                  </time>
                                  {revoked ? (
                                    <span className="badge badge--danger">{t("common.revoked")}</span>
                                  ) : (
                                    <span className="badge badge--success">{t("common.valid")}</span>
                                  )}
                                  {onChain ? (
                                    <span className="chain-check chain-check--ok" title={t("verify.onChainTitle")}>
                                      {t("verify.onChain")}
                                    </span>
                                  ) : (
                                    <span className="chain-check chain-check--bad">{t("verify.notOnChain")}</span>
                                  )}
                                </div>
                                <dl className="facts">
                                  <div>
                                    <dt>{t("timeline.project")}</dt>
                                    <dd>{a.projectTitle ? <Link to={`/projects/${a.projectId}`}>{a.projectTitle}</Link> : `#${a.projectId}`}</dd>
                                  </div>
                                  <div>
                                    <dt>{t("verify.entity")}</dt>
                                    <dd>
                                      {a.entity ? <Link to={`/entities/${a.entity.id}`}>{entityName(a.entity.name)}</Link> : "—"}
                                      {a.zoneName ? <span className="muted"> · {zoneName(a.zoneName)}</span> : null}
                                    </dd>
                                  </div>
                                  <div>
                                    <dt>{t("verify.attestedBy")}</dt>
                                    <dd>
                                      <AccountName address={a.attester} />
                                      <StandingMark standing={standing.attester(a)} />
                                      {a.delegated ? <span className="tag">{t("common.signedRelayed")}</span> : null}
                                    </dd>
                                  </div>
                                  {a.uri ? (
                                    <div>
                                      <dt>{t("timeline.location")}</dt>
                                      <dd className="mono small break">{a.uri}</dd>
                                    </div>
                                  ) : null}
                                  {a.revoked ? (
                                    <div>
                                      <dt>{t("verify.revoked")}</dt>
                                      <dd data-testid="revocation-reason">
                                        {a.revoked.by ? (
                                          <>
                                            {t("timeline.revokedBy")} <AccountName address={a.revoked.by} />
                                            <StandingMark standing={standing.revoker(a)} />
                                          </>
                                        ) : null}
                                        {a.revoked.reason !== undefined ? `: “${a.revoked.reason}”` : t("verify.reasonNotFound")}
                                      </dd>
                                    </div>
                                  ) : null}
                                </dl>
                              </li>
                            );
                          })}
                        </ol>
                        {pages > 1 ? (
                          <nav className="pager" aria-label={t("verify.pages")}>
                            <span className="muted">
                              {t("table.range", {
                                first: formatNumber(page * DOCUMENT_PAGE + 1),
                                last: formatNumber(page * DOCUMENT_PAGE + list.data.rows.length),
                                total: formatNumber(list.data.total),
                              })}
                            </span>
                            <div className="pager__buttons">
                              <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(page - 1)} disabled={page === 0}>
                                {t("common.previous")}
                              </button>
                              <span className="muted">{t("table.page", { page: page + 1, pages })}</span>
                              <button type="button" className="btn btn--secondary btn--sm" onClick={() => setPage(page + 1)} disabled={page >= pages - 1}>
                                {t("common.next")}
                              </button>
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
