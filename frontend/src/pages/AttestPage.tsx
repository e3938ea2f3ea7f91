import { useState } from "react";
import { ATTESTATION_KINDS } from "@sdk/domain";
import { useConnection } from "wagmi";
import { FileHashDropZone, type HashedDocument } from "../components/FileHashDropZone";
import { Card, PageHeader } from "../components/PageHeader";
import { HashDisplay } from "../components/HashDisplay";
import { deployment } from "../lib/loadDeployment";

export function AttestPage() {
  const connection = useConnection();
  const [doc, setDoc] = useState<HashedDocument | undefined>();
  const [kind, setKind] = useState<string>(ATTESTATION_KINDS[0]);
  const wired = Object.keys(deployment.contracts).length > 0;
  const blocker = !wired
    ? "The attestation contract is not deployed on this network yet."
    : connection.status !== "connected"
      ? "Connect a wallet to attest."
      : !doc
        ? "Add a document first."
        : undefined;

  return (
    <>
      <PageHeader title="Attest" lead="Record a progress report, milestone, review, opinion, evaluation or acceptance, anchored by the document's hash." />
      <div className="grid grid--2">
        <Card title="1. Document">
          <FileHashDropZone onHashed={setDoc} />
        </Card>
        <Card title="2. Attestation">
          <form className="form" onSubmit={(e) => e.preventDefault()}>
            <label className="field">
              <span className="field__label">Kind</span>
              <select className="input" value={kind} onChange={(e) => setKind(e.target.value)}>
                {ATTESTATION_KINDS.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Project</span>
              <select className="input" disabled>
                <option>Projects load once the registry is wired</option>
              </select>
            </label>
            <div className="field">
              <span className="field__label">Document hash</span>
              {doc ? <HashDisplay value={doc.hash} /> : <span className="muted">None yet</span>}
            </div>
            <button type="submit" className="btn btn--primary" disabled={blocker !== undefined} aria-describedby="attest-blocker">
              Submit attestation
            </button>
            {blocker ? (
              <p id="attest-blocker" className="muted small">
                {blocker}
              </p>
            ) : null}
          </form>
        </Card>
      </div>
    </>
  );
}
