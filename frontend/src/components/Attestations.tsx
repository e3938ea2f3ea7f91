/** Attestation lists: the project timeline (with references and revocations) and the compact "latest" feed. */
import { useState } from "react";
import { Link } from "react-router";
import type { Hex } from "viem";
import type { AttestationEvent, EntityInfo, ProjectInfo } from "../data/types";
import { formatDateTime, shortHex } from "../lib/format";
import { AccountName } from "./Address";
import { HashDisplay } from "./HashDisplay";
import { KindBadge } from "./KindBadge";

export interface Joins {
  readonly projects: ReadonlyMap<number, ProjectInfo>;
  readonly entities: ReadonlyMap<number, EntityInfo>;
  /** Lower-cased signer address -> entity. */
  readonly signerEntity: ReadonlyMap<string, EntityInfo>;
}

export function joinsFrom(projects: readonly ProjectInfo[] | undefined, entities: readonly EntityInfo[] | undefined): Joins {
  const signerEntity = new Map<string, EntityInfo>();
  for (const e of entities ?? []) for (const s of e.signers) signerEntity.set(s.toLowerCase(), e);
  return {
    projects: new Map((projects ?? []).map((p) => [p.id, p])),
    entities: new Map((entities ?? []).map((e) => [e.id, e])),
    signerEntity,
  };
}

const anchor = (uid: Hex) => `att-${uid.slice(2, 14)}`;

const isLink = (uri: string) => /^https?:\/\//i.test(uri);

export function AttestationTimeline({
  items,
  joins,
  canRevoke,
  onRevoke,
  busy,
  showProject = false,
}: {
  readonly showProject?: boolean;
  readonly items: readonly AttestationEvent[];
  readonly joins: Joins;
  readonly canRevoke?: (a: AttestationEvent) => boolean;
  readonly onRevoke?: (a: AttestationEvent, reason: string) => void;
  readonly busy?: boolean;
}) {
  const [revoking, setRevoking] = useState<Hex | undefined>();
  const [reason, setReason] = useState("");
  return (
    <ol className="timeline" aria-label="Attestations, newest first">
      {[...items].reverse().map((a) => {
        const ref = a.refUID ? items.find((x) => x.uid === a.refUID) : undefined;
        return (
          <li key={a.uid} id={anchor(a.uid)} className={`timeline__item${a.revoked ? " timeline__item--revoked" : ""}`} data-testid="attestation">
            <span className="timeline__dot" aria-hidden="true" />
            <div className="timeline__head">
              <KindBadge kind={a.kindLabel} />
              <time dateTime={a.time.toISOString()} className="muted small">
                {formatDateTime(a.time)}
              </time>
              {a.delegated ? <span className="tag" title="Signed off-chain (EIP-712) by the attester, submitted by a relayer">signed · relayed</span> : null}
              {a.revoked ? (
                <span className="badge badge--danger" data-testid="revoked-mark">
                  Revoked
                </span>
              ) : null}
            </div>
            <dl className="timeline__meta">
              {showProject ? (
                <div>
                  <dt>Project</dt>
                  <dd>
                    <Link to={`/projects/${a.projectId}#${anchor(a.uid)}`}>{joins.projects.get(a.projectId)?.title ?? `#${a.projectId}`}</Link>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>By</dt>
                <dd>
                  <AccountName address={a.attester} entity={joins.signerEntity.get(a.attester.toLowerCase())} />
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
                    <a href={`#${anchor(a.refUID)}`} className="ref-link" data-testid="ref-link">
                      ↳ {ref ? `${ref.kindLabel} of ${formatDateTime(ref.time)}` : shortHex(a.refUID)}
                    </a>
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
                <strong>Revoked</strong> {formatDateTime(a.revoked.time)} by <AccountName address={a.revoked.by} />: “{a.revoked.reason}”
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

export function LatestAttestations({ items, joins }: { readonly items: readonly AttestationEvent[]; readonly joins: Joins }) {
  return (
    <ul className="feed" aria-live="polite" data-testid="latest-attestations">
      {items.map((a) => {
        const p = joins.projects.get(a.projectId);
        const e = p ? joins.entities.get(p.entityId) : undefined;
        return (
          <li key={a.uid} className="feed__item">
            <KindBadge kind={a.kindLabel} />
            <div className="feed__body">
              <Link to={`/projects/${a.projectId}`} className="feed__title">
                {p?.title ?? `Project #${a.projectId}`}
              </Link>
              <span className="muted small">
                {e?.name ?? "—"} · {formatDateTime(a.time)}
                {a.revoked ? " · revoked" : ""}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
