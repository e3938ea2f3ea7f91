/**
 * "Is this document attested?": the contract's own index by content hash
 * (attestationsOf), then the events of those uids for uri, reference and the
 * revocation reason. Two requests; no wallet needed.
 */
import { useQuery } from "@tanstack/react-query";
import { getAbiItem, zeroHash, type Address, type Hex } from "viem";
import { ATTESTATION_KINDS } from "@sdk/domain";
import { pilotProgrammeAbi, publicClient, requireContracts } from "./chain";

export interface DocumentAttestation {
  readonly uid: Hex;
  readonly projectId: number;
  readonly attester: Address;
  readonly kind: number;
  readonly kindLabel: string;
  readonly time: Date;
  readonly revoked: boolean;
  readonly revocation?: { readonly by: Address; readonly reason: string };
  readonly uri: string;
  readonly refUID?: Hex;
  readonly delegated: boolean;
}

export interface DocumentLookup {
  readonly hash: Hex;
  readonly attestations: readonly DocumentAttestation[];
  /** At least one unrevoked attestation. */
  readonly valid: boolean;
}

const MAX = 200n;

export async function lookupDocument(hash: Hex): Promise<DocumentLookup> {
  const { programme, deploymentBlock } = requireContracts();
  const client = publicClient();
  const list = await client.readContract({ address: programme, abi: pilotProgrammeAbi, functionName: "attestationsOf", args: [hash, 0n, MAX] });
  if (list.length === 0) return { hash, attestations: [], valid: false };
  const uids = list.map((a) => a.uid);
  const [attested, revoked, sigs] = await Promise.all([
    client.getLogs({ address: programme, event: getAbiItem({ abi: pilotProgrammeAbi, name: "Attested" }), args: { uid: uids }, fromBlock: deploymentBlock }),
    client.getLogs({ address: programme, event: getAbiItem({ abi: pilotProgrammeAbi, name: "Revoked" }), args: { uid: uids }, fromBlock: deploymentBlock }),
    client.getLogs({ address: programme, event: getAbiItem({ abi: pilotProgrammeAbi, name: "SignatureUsed" }), args: { uid: uids }, fromBlock: deploymentBlock }),
  ]);
  const delegated = new Set(sigs.map((l) => l.args.uid));
  const attestations = list.map((a): DocumentAttestation => {
    const ev = attested.find((l) => l.args.uid === a.uid);
    const rev = revoked.find((l) => l.args.uid === a.uid);
    const ref = ev?.args.refUID;
    return {
      uid: a.uid,
      projectId: a.projectId,
      attester: a.attester,
      kind: a.kind,
      kindLabel: ATTESTATION_KINDS[a.kind] ?? `Kind ${a.kind}`,
      time: new Date(a.time * 1000),
      revoked: a.revoked,
      ...(rev?.args.revoker ? { revocation: { by: rev.args.revoker, reason: rev.args.reason ?? "" } } : {}),
      uri: ev?.args.uri ?? "",
      ...(ref && ref !== zeroHash ? { refUID: ref } : {}),
      delegated: delegated.has(a.uid),
    };
  });
  return { hash, attestations, valid: attestations.some((a) => !a.revoked) };
}

export function useDocumentLookup(hash: Hex | undefined) {
  return useQuery({
    queryKey: ["document", hash],
    enabled: hash !== undefined,
    queryFn: () => lookupDocument(hash as Hex),
  });
}
