/**
 * Attestation lists: the timeline (with references, revocations and on-chain checks; filtered by kind,
 * detailed or compact, see TimelineControls) and the compact "latest" feed.
 */
import { useState } from "react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { Hex } from "viem";
import type { Disagreement } from "../data/onchain/compare";
import { disagreementText, entityName, kindLabel } from "../i18n/labels";
import type { AttestationEvent, FeedItem } from "../data/types";
import { formatDate, formatDateTime, isoDateTime, shortHex } from "../format/display";
import { AccountName } from "./Address";
import { HashDisplay } from "./HashDisplay";
import { KindBadge } from "./KindBadge";
import { StandingMark } from "./StandingMark";
import { TimelineControls, useTimelineFilter } from "./TimelineControls";
import { filterByKind, kindCounts } from "./timelineFilter";
import type { Standings } from "../data/standing";

const anchor = (uid: Hex) => `att-${uid.slice(2, 14)}`;

const isLink = (uri: string) => /^https?:\/\//i.test(uri);

/** A referenced attestation's short description, when it is known. */
export interface RefLabel {
  readonly kindLabel: string;
  readonly time: Date;
  readonly projectId: number;
}

/** The result of "check on chain" for the items shown: uids confirmed, and disagreements by uid. */
export interface ChainCheck {
  readonly checked: ReadonlySet<string>;
  readonly disagreements: ReadonlyMap<string, readonly Disagreement[]>;
}

export function AttestationTimeline({
  items,
  refs,
  entityOf,
  projectOf,
  canRevoke,
  onRevoke,
  busy,
  revokeError,
  check,
  standing,
}: {
  /** Newest first. */
  readonly items: readonly AttestationEvent[];
  /** Referenced attestations not in `items` (lower-cased uid -> label). */
  readonly refs?: ReadonlyMap<string, RefLabel>;
  /** The entity an attester signed for, when known (progress reports and milestones: the project's entity). */
  readonly entityOf?: (a: AttestationEvent) => { readonly id: number; readonly name: string } | undefined;
  /** Show a link to each item's project (lists across projects). */
  readonly projectOf?: (a: AttestationEvent) => { readonly id: number; readonly title: string } | undefined;
  readonly canRevoke?: (a: AttestationEvent) => boolean;
  readonly onRevoke?: (a: AttestationEvent, reason: string) => void;
  readonly busy?: boolean;
  /** Why the last revocation was refused: shown in the open revoke form, under its button. */
  readonly revokeError?: string;
  readonly check?: ChainCheck;
  /** "former signer" / "former office" marks for attesters and revokers (data/standing.ts `useStandings(items)`). */
  readonly standing?: Standings;
}) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<Hex | undefined>();
  const [reason, setReason] = useState("");
  const { kind, setKind, view, setView } = useTimelineFilter();
  const byUid = new Map(items.map((a) => [a.uid.toLowerCase(), a]));
  const shown = filterByKind(items, kind);
  const tools = (
    <TimelineControls counts={kindCounts(items, kind)} kind={kind} onKind={setKind} view={view} onView={setView} shown={shown.length} loaded={items.length} />
  );
  if (shown.length === 0 && kind !== undefined) {
    return (
      <>
        {tools}
        <p className="muted" data-testid="timeline-none-of-kind">
          {t("timelineView.noneOfKind", { kind: kindLabel(kind) })}
        </p>
      </>
    );
  }
  if (view === "compact") {
    return (
      <>
        {tools}
        <CompactTimeline items={shown} {...(entityOf ? { entityOf } : {})} {...(projectOf ? { projectOf } : {})} {...(standing ? { standing } : {})} />
      </>
    );
  }
  return (
    <>
      {tools}
      <ol className="timeline" aria-label={t("timeline.label")}>
        {shown.map((a) => {
          const ref = a.refUID ? (byUid.get(a.refUID.toLowerCase()) ?? refs?.get(a.refUID.toLowerCase())) : undefined;
          const refSameProject = ref ? ref.projectId === a.projectId : false;
          const project = projectOf?.(a);
          const key = a.uid.toLowerCase();
          const disagreements = check?.disagreements.get(key);
          const confirmed = check?.checked.has(key) && !disagreements;
          return (
            <li key={a.uid} id={anchor(a.uid)} className={`timeline__item${a.revoked ? " timeline__item--revoked" : ""}`} data-testid="attestation">
              <span className="timeline__dot" aria-hidden="true" />
              <div className="timeline__head">
                <KindBadge kind={a.kindLabel} />
                <time dateTime={isoDateTime(a.time)} className="muted small">
                  {formatDateTime(a.time)}
                </time>
                {a.delegated ? (
                  <span className="tag" title={t("common.signedRelayedTitle")}>
                    {t("common.signedRelayed")}
                  </span>
                ) : null}
                {a.revoked ? (
                  <span className="badge badge--danger" data-testid="revoked-mark">
                    {t("common.revoked")}
                  </span>
                ) : null}
                {confirmed ? (
                  <span className="chain-check chain-check--ok" data-testid="chain-confirmed" title={t("timeline.chainOkTitle")}>
                    {t("timeline.chainOk", { state: a.revoked ? t("timeline.chainRevoked") : t("timeline.chainValid") })}
                  </span>
                ) : null}
                {disagreements ? (
                  <span className="chain-check chain-check--bad" data-testid="chain-disagrees" role="alert">
                    {t("timeline.chainBad", { what: disagreements.map(disagreementText).join(t("roles.rolesSeparator")) })}
                  </span>
                ) : null}
              </div>
              <dl className="timeline__meta">
                {project ? (
                  <div>
                    <dt>{t("timeline.project")}</dt>
                    <dd>
                      <Link to={`/projects/${project.id}#${anchor(a.uid)}`}>{project.title}</Link>
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t("timeline.by")}</dt>
                  <dd>
                    <AccountName address={a.attester} entity={entityOf?.(a)} />
                    <StandingMark standing={standing?.attester(a)} />
                  </dd>
                </div>
                <div>
                  <dt>{t("timeline.document")}</dt>
                  <dd>
                    <HashDisplay value={a.contentHash} />
                  </dd>
                </div>
                {a.uri ? (
                  <div>
                    <dt>{t("timeline.location")}</dt>
                    <dd className="break">
                      {isLink(a.uri) ? (
                        <a href={a.uri} rel="noreferrer noopener" target="_blank">
                          {a.uri}
                        </a>
                      ) : (
                        <span className="mono small">{a.uri}</span>
                      )}
                    </dd>
                  </div>
                ) : null}
                {a.refUID ? (
                  <div>
                    <dt>{t("timeline.refersTo")}</dt>
                    <dd>
                      {ref && !refSameProject ? (
                        <Link to={`/projects/${ref.projectId}#${anchor(a.refUID)}`} className="ref-link" data-testid="ref-link">
                          {t("timeline.refOfProject", { kind: kindLabel(ref.kindLabel), time: formatDateTime(ref.time), id: ref.projectId })}
                        </Link>
                      ) : (
                        <a href={`#${anchor(a.refUID)}`} className="ref-link" data-testid="ref-link">
                          {ref ? t("timeline.refOf", { kind: kindLabel(ref.kindLabel), time: formatDateTime(ref.time) }) : `↳ ${shortHex(a.refUID)}`}
                        </a>
                      )}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t("timeline.attestation")}</dt>
                  <dd>
                    <code className="mono small" title={a.uid}>
                      {shortHex(a.uid, 10, 6)}
                    </code>
                  </dd>
                </div>
              </dl>
              {a.revoked ? (
                <p className="timeline__revoked" role="note">
                  <strong>{t("common.revoked")}</strong>
                  {a.revoked.time ? ` ${formatDateTime(a.revoked.time)}` : ""}
                  {a.revoked.by ? (
                    <>
                      {" "}
                      {t("timeline.revokedBy")} <AccountName address={a.revoked.by} />
                      <StandingMark standing={standing?.revoker(a)} />
                    </>
                  ) : null}
                  {a.revoked.reason !== undefined ? `: “${a.revoked.reason}”` : t("timeline.reasonUnknown")}
                </p>
              ) : null}
              {!a.revoked && canRevoke?.(a) && onRevoke ? (
                revoking === a.uid ? (
                  <form
                    className="revoke-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      onRevoke(a, reason.trim());
                    }}
                  >
                    <label className="field">
                      <span className="field__label">{t("timeline.revokeReason")}</span>
                      <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
                    </label>
                    <div className="row">
                      <button type="submit" className="btn btn--danger btn--sm" disabled={busy || reason.trim() === ""}>
                        {t("timeline.revoke")}
                      </button>
                      <button type="button" className="btn btn--ghost btn--sm" onClick={() => setRevoking(undefined)}>
                        {t("common.cancel")}
                      </button>
                    </div>
                    {revokeError ? (
                      <p className="error-text" role="alert" data-testid="write-error">
                        {revokeError}
                      </p>
                    ) : null}
                  </form>
                ) : (
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm timeline__action"
                    onClick={() => {
                      setRevoking(a.uid);
                      setReason("");
                    }}
                  >
                    {t("timeline.revokeStart")}
                  </button>
                )
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** One line per attestation: kind, date, who, which project, the document (shortened; the full hash in its title and copy button). */
function CompactTimeline({
  items,
  entityOf,
  projectOf,
  standing,
}: {
  readonly items: readonly AttestationEvent[];
  readonly entityOf?: (a: AttestationEvent) => { readonly id: number; readonly name: string } | undefined;
  readonly projectOf?: (a: AttestationEvent) => { readonly id: number; readonly title: string } | undefined;
  readonly standing?: Standings;
}) {
  const { t } = useTranslation();
  return (
    <ol className="compact-timeline" aria-label={t("timeline.label")} data-testid="compact-timeline">
      {items.map((a) => {
        const project = projectOf?.(a);
        const entity = entityOf?.(a);
        return (
          <li
            key={a.uid}
            id={anchor(a.uid)}
            className={`compact-timeline__item${a.revoked ? " compact-timeline__item--revoked" : ""}`}
            data-testid="attestation"
          >
            <KindBadge kind={a.kindLabel} />
            <time dateTime={isoDateTime(a.time)} className="compact-timeline__time muted small">
              {formatDate(a.time)}
            </time>
            <span className="compact-timeline__who">
              {project ? (
                <Link to={`/projects/${project.id}#${anchor(a.uid)}`} className="compact-timeline__project" title={project.title}>
                  {project.title}
                </Link>
              ) : null}
              {entity ? (
                <Link to={`/entities/${entity.id}`} title={entityName(entity.name)}>
                  {entityName(entity.name)}
                </Link>
              ) : (
                <AccountName address={a.attester} />
              )}
              <StandingMark standing={standing?.attester(a)} />
            </span>
            <span className="compact-timeline__doc">
              <span className="visually-hidden">{t("timeline.document")} </span>
              <HashDisplay value={a.contentHash} short />
            </span>
            <span className="compact-timeline__marks">
              {a.delegated ? (
                <span className="tag" title={t("common.signedRelayedTitle")}>
                  {t("common.signedRelayed")}
                </span>
              ) : null}
              {a.revoked ? (
                <span className="badge badge--danger" data-testid="revoked-mark" title={a.revoked.reason}>
                  {t("common.revoked")}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function LatestAttestations({ items }: { readonly items: readonly FeedItem[] }) {
  const { t } = useTranslation();
  return (
    <ul className="feed" aria-live="polite" data-testid="latest-attestations">
      {items.map((a) => (
        <li key={a.uid} className="feed__item">
          <KindBadge kind={a.kindLabel} />
          <div className="feed__body">
            <Link to={`/projects/${a.projectId}`} className="feed__title">
              {a.projectTitle ?? t("common.projectNo", { id: a.projectId })}
            </Link>
            <span className="muted small">
              {a.entityName ? entityName(a.entityName) : "—"} · {formatDateTime(a.time)}
              {a.revoked ? t("timeline.feedRevoked") : ""}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
