import { useState } from "react";
import { NetworkNotice } from "../components/NetworkNotice";
import { FileHashDropZone, type HashedDocument } from "../components/FileHashDropZone";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState, ErrorState, LoadingState } from "../components/States";
import { useDocumentLookup } from "../data/useDocumentLookup";

export function VerifyPage() {
  const [doc, setDoc] = useState<HashedDocument | undefined>();
  const lookup = useDocumentLookup(doc?.hash);
  return (
    <>
      <PageHeader title="Verify a document" lead="Check whether a document was attested in the log. The file is hashed on this device and never uploaded." />
      <NetworkNotice />
      <div className="grid grid--2">
        <Card title="1. Document">
          <FileHashDropZone onHashed={setDoc} />
        </Card>
        <Card title="2. Result">
          {!doc ? <EmptyState title="No document yet">Drop a file or paste its SHA-256 hash to look it up.</EmptyState> : null}
          {doc && lookup.isPending ? <LoadingState label="Searching the log…" rows={2} /> : null}
          {lookup.isError ? <ErrorState title="Lookup failed" onRetry={() => void lookup.refetch()} /> : null}
          {lookup.data && lookup.data.length === 0 ? (
            <EmptyState title="No attestation found">No record in the log references this hash (the log is not wired yet: sample lookup).</EmptyState>
          ) : null}
        </Card>
      </div>
    </>
  );
}
