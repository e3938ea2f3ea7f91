/** Attestation lists: the timeline (with references, revocations and on-chain checks) and the compact "latest" feed. */
import { useState } from "react";
import { Link } from "react-router";
import type { Hex } from "viem";
import { describeDisagreement, type Disagreement } from "../data/onchain/compare";
import type { AttestationEvent, FeedItem } from "../data/types";
import { formatDateTime, isoDateTime, shortHex } from "../lib/format";
import { AccountName } from "./Address";
import { HashDisplay } from "./HashDisplay";
import { KindBadge } from "./KindBadge";
import { StandingMark } from "./StandingMark";
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
  readonly check?: ChainCheck;
  /** "former signer" / "former office" marks for attesters and revokers (data/standing.ts `useStandings(items)`). */
  readonly standing?: Standings;
}) {
  const [revoking, setRevoking] = useState<Hex | undefined>();
  const [reason, setReason] = useState("");
  const byUid = new Map(items.map((a) => [a.uid.toLowerCase(), a]));
  return (
    <ol className="timeline" aria-label="Attestations, newest first">
      {items.map((a) => {
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
              {a.delegated ? <span className="tag" title="Signed off-chain (EIP-712) by the attester, submitted by a relayer">signed · relayed</span> : null}
              {a.revoked ? (
                <span className="badge badge--danger" data-testid="revoked-mark">
                  Revoked
                </span>
              ) : null}
              {confirmed ? (
                <span className="chain-check chain-check--ok" data-testid="chain-confirmed" title="Read from the contract just now">
                  ✓ on chain: {a.revoked ? "revoked" : "valid"}
                </span>
              ) : null}
              {disagreements ? (
                <span className="chain-check chain-check--bad" data-testid="chain-disagrees" role="alert">
                  ✕ the chain disagrees: {disagreements.map(describeDisagreement).join("; ")}
                </span>
              ) : null}
            </div>
            <dl className="timeline__meta">
              {project ? (
                <div>
                  <dt>Project</dt>
                  <dd>
                    <Link to={`/projects/${project.id}#${anchor(a.uid)}`}>{project.title}</Link>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>By</dt>
                <dd>
                  <AccountName address={a.attester} entity={entityOf?.(a)} />
                  <StandingMark standing={standing?.attester(a)} />
                </dd>
              </div>
              <div>
                <dt>Document</dt>
                <dd>
                  <HashDisplay value={a.contentHash} />
                </dd>
              </div>
              {a.uri ? (
                <div>
                  <dt>Location</dt>
                  <dd className="break">{isLink(a.uri) ? <a href={a.uri} rel="noreferrer noopener" target="_blank">{a.uri}</a> : <span className="mono small">{a.uri}</span>}</dd>
                </div>
              ) : null}
              {a.refUID ? (
                <div>
                  <dt>Refers to</dt>
                  <dd>
                    {ref && !refSameProject ? (
                      <Link to={`/projects/${ref.projectId}#${anchor(a.refUID)}`} className="ref-link" data-testid="ref-link">
                        ↳ {ref.kindLabel} of {formatDateTime(ref.time)} (project #{ref.projectId})
                      </Link>
                    ) : (
                      <a href={`#${anchor(a.refUID)}`} className="ref-link" data-testid="ref-link">
                        ↳ {ref ? `${ref.kindLabel} of ${formatDateTime(ref.time)}` : shortHex(a.refUID)}
                      </a>
                    )}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>Attestation</dt>
                <dd>
                  <code className="mono small" title={a.uid}>
                    {shortHex(a.uid, 10, 6)}
                  </code>
                </dd>
              </div>
            </dl>
            {a.revoked ? (
              <p className="timeline__revoked" role="note">
                <strong>Revoked</strong>
                {a.revoked.time ? ` ${formatDateTime(a.revoked.time)}` : ""}
                {a.revoked.by ? (
                  <>
                    {" "}
                    by <AccountName address={a.revoked.by} />
                    <StandingMark standing={standing?.revoker(a)} />
                  </>
                ) : null}
                {a.revoked.reason !== undefined ? `: “${a.revoked.reason}”` : " (the reason is in a Revoked event this page has not read)"}
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
                    <span className="field__label">Reason for revoking (public, permanent)</span>
                    <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
                  </label>
                  <div className="row">
                    <button type="submit" className="btn btn--danger btn--sm" disabled={busy || reason.trim() === ""}>
                      Revoke attestation
                    </button>
                    <button type="button" className="btn btn--ghost btn--sm" onClick={() => setRevoking(undefined)}>
                      Cancel
                    </button>
                  </div>
                </form>
              ) : (
                <button type="button" className="btn btn--ghost btn--sm timeline__action" onClick={() => { setRevoking(a.uid); setReason(""); }}>
                  Revoke…
                </button>
              )
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function LatestAttestations({ items }: { readonly items: readonly FeedItem[] }) {
  return (
    <ul className="feed" aria-live="polite" data-testid="latest-attestations">
      {items.map((a) => (
        <li key={a.uid} className="feed__item">
          <KindBadge kind={a.kindLabel} />
          <div className="feed__body">
            <Link to={`/projects/${a.projectId}`} className="feed__title">
              {a.projectTitle ?? `Project #${a.projectId}`}
            </Link>
            <span className="muted small">
              {a.entityName ?? "—"} · {formatDateTime(a.time)}
              {a.revoked ? " · revoked" : ""}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
