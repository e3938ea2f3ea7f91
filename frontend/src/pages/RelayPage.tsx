/**
 * Relay: sign an attestation off-chain (EIP-712) so any relayer can submit it.
 * The typed-data layout is a PLACEHOLDER until the contract's EIP-712 types land.
 */
import { useState } from "react";
import { useConnection, useSignTypedData } from "wagmi";
import { zeroAddress, type Hex } from "viem";
import { FileHashDropZone, type HashedDocument } from "../components/FileHashDropZone";
import { HashDisplay } from "../components/HashDisplay";
import { Card, PageHeader } from "../components/PageHeader";
import { EmptyState } from "../components/States";
import { useTxToast } from "../components/Toasts";
import { deployment } from "../lib/loadDeployment";
import { walletErrorMessage } from "../wallet/walletErrors";

const TYPES = {
  Attestation: [
    { name: "projectId", type: "uint256" },
    { name: "kind", type: "uint8" },
    { name: "documentHash", type: "bytes32" },
    { name: "deadline", type: "uint64" },
  ],
} as const;

export function RelayPage() {
  const connection = useConnection();
  const toast = useTxToast();
  const [doc, setDoc] = useState<HashedDocument | undefined>();
  const [signature, setSignature] = useState<Hex | undefined>();
  const { mutate: signTypedData, isPending } = useSignTypedData();

  const sign = () => {
    if (!doc) return;
    const id = toast.pending("Waiting for your signature");
    signTypedData(
      {
        domain: { name: "PilotRegistry", version: "1", chainId: deployment.chain.chainId, verifyingContract: deployment.contracts["AttestationLog"] ?? zeroAddress },
        types: TYPES,
        primaryType: "Attestation",
        message: { projectId: 1n, kind: 0, documentHash: doc.hash, deadline: BigInt(Math.floor(Date.now() / 1000) + 3600) },
      },
      {
        onSuccess: (sig) => {
          setSignature(sig);
          toast.confirmed(id, "Attestation signed", sig, "Ready to hand to a relayer.");
        },
        onError: (err) => toast.failed(id, "Signature not given", walletErrorMessage(err)),
      },
    );
  };

  return (
    <>
      <PageHeader title="Relay" lead="Sign an attestation with your key; anyone (a relayer) can then submit it and pay the fee. The signature binds the content, the chain and a deadline." />
      <div className="grid grid--2">
        <Card title="1. Document">
          <FileHashDropZone onHashed={setDoc} />
        </Card>
        <Card title="2. Signature">
          <button type="button" className="btn btn--primary" onClick={sign} disabled={!doc || connection.status !== "connected" || isPending} data-testid="relay-sign">
            {isPending ? "Check your wallet…" : "Sign for relay"}
          </button>
          {connection.status !== "connected" ? <p className="muted small">Connect a wallet to sign.</p> : null}
          {signature ? (
            <div className="hash-result" data-testid="relay-signature">
              <span className="field__label">Signature</span>
              <HashDisplay value={signature} />
            </div>
          ) : (
            <EmptyState title="Nothing signed yet">The signed payload appears here, ready to hand to a relayer.</EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
