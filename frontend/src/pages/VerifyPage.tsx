import { useMemo, useState } from "react";
import { Link } from "react-router";
import { AccountName } from "../components/Address";
import { DataGate } from "../components/DataGate";
import { FileHashDropZone, type HashedDocument } from "../components/FileHashDropZone";
import { KindBadge } from "../components/KindBadge";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { useDocumentLookup } from "../data/document";
import { indexById, useEntities, useProjects, useZones } from "../data/registry";
import { formatDateTime } from "../lib/format";

export function VerifyPage() {
  const [doc, setDoc] = useState<HashedDocument | undefined>();
  const lookup = useDocumentLookup(doc?.hash);
  const projects = useProjects();
  const entities = useEntities();
  const zones = useZones();
  const projectMap = useMemo(() => indexById(projects.data), [projects.data]);
  const entityMap = useMemo(() => indexById(entities.data), [entities.data]);
  const zoneMap = useMemo(() => indexById(zones.data), [zones.data]);
  const signerEntity = useMemo(() => {
    const m = new Map<string, { id: number; name: string }>();
    for (const e of entities.data ?? []) for (const s of e.signers) m.set(s.toLowerCase(), e);
    return m;
  }, [entities.data]);
  const data = lookup.data;
  const verdict = !data ? undefined : data.valid ? "attested" : data.attestations.length ? "revoked" : "none";

  return (
    <>
      <PageHeader title="Verify a document" lead="Check whether a document was attested in the log: by whom, when, about which project, and whether it was revoked. The file is hashed on this device and never uploaded. No wallet needed." />
      <DataGate>
        <div className="grid grid--2">
          <Card title="1. Document">
            <FileHashDropZone onHashed={setDoc} />
          </Card>
          <Card title="2. Result">
            {!doc ? <EmptyState title="No document yet">Drop a file or paste its SHA-256 hash to look it up.</EmptyState> : null}
            {doc && lookup.isPending ? <LoadingState label="Searching the log…" rows={2} /> : null}
            {lookup.isError ? <ErrorState title="Lookup failed" onRetry={() => void lookup.refetch()}>{lookup.error.message.split("\n")[0]}</ErrorState> : null}
            {data && verdict ? (
              <div data-testid="verify-result" data-verdict={verdict}>
                <div className={`verdict verdict--${verdict}`} role="status">
                  <span className="verdict__icon" aria-hidden="true">{verdict === "attested" ? "✓" : verdict === "revoked" ? "!" : "?"}</span>
                  <div>
                    <p className="verdict__title">
                      {verdict === "attested" ? "Attested" : verdict === "revoked" ? "Attested, but revoked" : "Not attested"}
                    </p>
                    <p className="verdict__text">
                      {verdict === "attested"
                        ? `${data.attestations.length === 1 ? "1 attestation carries" : `${data.attestations.length} attestations carry`} this document${data.attestations.some((a) => a.revoked) ? "; some were revoked" : ""}.`
                        : verdict === "revoked"
                          ? "Every attestation of this document was revoked: it no longer stands."
                          : "No attestation in the log carries this hash. A changed byte changes the hash: check you have the exact file."}
                    </p>
                  </div>
                </div>
                {data.attestations.length ? (
                  <ol className="verify-list">
                    {data.attestations.map((a) => {
                      const p = projectMap.get(a.projectId);
                      const e = p ? entityMap.get(p.entityId) : undefined;
                      return (
                        <li key={a.uid} className={`verify-item${a.revoked ? " verify-item--revoked" : ""}`}>
                          <div className="timeline__head">
                            <KindBadge kind={a.kindLabel} />
                            <time className="muted small" dateTime={a.time.toISOString()}>{formatDateTime(a.time)}</time>
                            {a.revoked ? <span className="badge badge--danger">Revoked</span> : <span className="badge badge--success">Valid</span>}
                          </div>
                          <dl className="facts">
                            <div><dt>Project</dt><dd>{p ? <Link to={`/projects/${p.id}`}>{p.title}</Link> : `#${a.projectId}`}</dd></div>
                            <div><dt>Entity</dt><dd>{e ? <Link to={`/entities/${e.id}`}>{e.name}</Link> : "—"}{p ? <span className="muted"> · {zoneMap.get(p.zoneId)?.name}</span> : null}</dd></div>
                            <div><dt>Attested by</dt><dd><AccountName address={a.attester} entity={signerEntity.get(a.attester.toLowerCase())} />{a.delegated ? <span className="tag">signed · relayed</span> : null}</dd></div>
                            {a.revocation ? <div><dt>Revoked</dt><dd data-testid="revocation-reason">by <AccountName address={a.revocation.by} />: “{a.revocation.reason}”</dd></div> : null}
                          </dl>
                        </li>
                      );
                    })}
                  </ol>
                ) : null}
              </div>
            ) : null}
          </Card>
        </div>
      </DataGate>
    </>
  );
}
