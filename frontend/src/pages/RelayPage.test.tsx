/**
 * The Relay page's checks (issue 9, finding 5), rendered with the chain faked at
 * the data boundary and REAL EIP-712 signatures (viem, a dev key): the checks are
 * keyed by the file's whole content, and a deadline of 2^64-1 is shown, not thrown.
 */
import { describe, expect, it, vi } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { zeroHash, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { ATTEST_PRIMARY_TYPE, ATTEST_TYPES, attestDomain, attestMessage, type AttestationRequest } from "@pilot/sdk/eip712";
import { buildSignedFile } from "@pilot/sdk/signedFile";
import { RelayPage } from "./RelayPage";

const CHAIN_ID = 31337;
const CONTRACT = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const;
/** Hardhat's first dev key: public knowledge, never a secret. */
const signer = privateKeyToAccount("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

vi.mock("wagmi", () => ({ useConnection: () => ({ status: "disconnected" }) }));
vi.mock("../wallet/config", () => ({ targetChain: { id: 31337 } }));
vi.mock("../data/chain", () => ({
  pilotProgrammeAbi: [],
  requireContracts: () => ({ programme: "0x5FbDB2315678afecb367f032d93F642f64180aa3" }),
  publicClient: () => ({
    getBlock: async () => ({ timestamp: 1_800_000_000n }),
    readContract: async () => 0n, // the signer's next nonce
  }),
}));
vi.mock("../data/registry", () => ({
  useProjects: () => ({ data: [] }),
  useEntities: () => ({ data: [] }),
  indexById: () => new Map(),
}));
vi.mock("../data/views/relay", () => ({
  findNonceVoid: async () => undefined,
  relayVerdicts: async () => ({ document: { status: "not-attested", count: 0, valid: 0, revoked: 0 }, ref: undefined }),
}));
vi.mock("../tx/useProgrammeWrite", () => ({
  useProgrammeWrite: () => ({ send: async () => ({ ok: false }), reset: () => undefined, busy: false, state: { status: "idle" } }),
}));
vi.mock("../components/DataGate", () => ({ DataGate: ({ children }: { children: unknown }) => children }));
vi.mock("../components/VoidSignatures", () => ({ VoidSignatures: () => null }));

async function signedFile(request: AttestationRequest, deadline: bigint) {
  const signature = await signer.signTypedData({
    domain: { ...attestDomain(CHAIN_ID, CONTRACT) },
    types: ATTEST_TYPES,
    primaryType: ATTEST_PRIMARY_TYPE,
    message: attestMessage(request, signer.address, 0n, deadline),
  });
  return buildSignedFile({ chainId: CHAIN_ID, contract: CONTRACT, attester: signer.address, request, nonce: 0n, deadline, signature });
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <RelayPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const checkNamed = async (label: string) => {
  const list = await screen.findByTestId("relay-checks");
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(`${label}:`) || li.textContent?.includes(`${label}:`));
  if (!item) throw new Error(`no ${label} check in ${list.textContent}`);
  return item;
};

const upload = (text: string, name: string) => userEvent.upload(screen.getByTestId("relay-file"), new File([text], name, { type: "application/json" }));

const request: AttestationRequest = { projectId: 3, kind: 1, contentHash: `0x${"ab".repeat(32)}` as Hex, refUID: zeroHash, uri: "ipfs://genuine" };

describe("<RelayPage> checks", () => {
  it('finding 5: a tampered file loaded after a genuine one never shows "signed over exactly this content"', async () => {
    const genuine = await signedFile(request, 1_900_000_000n);
    renderPage();
    await upload(JSON.stringify(genuine), "genuine.json");
    await waitFor(async () => expect(await checkNamed("Signature")).toHaveClass("check--ok"));
    expect(await checkNamed("Signature")).toHaveTextContent("made by the attester's key over exactly this content");

    // the same signature and attester over other content: every request field, the nonce and the deadline
    const tampered = [
      { ...genuine, request: { ...genuine.request, uri: "ipfs://forged" } },
      { ...genuine, request: { ...genuine.request, projectId: 4 } },
      { ...genuine, request: { ...genuine.request, kind: 0 } },
      { ...genuine, request: { ...genuine.request, contentHash: `0x${"cd".repeat(32)}` } },
      { ...genuine, request: { ...genuine.request, refUID: `0x${"01".repeat(32)}` } },
      { ...genuine, deadline: "1900000001" },
    ];
    for (const [i, file] of tampered.entries()) {
      await upload(JSON.stringify(file), `tampered-${i}.json`);
      await waitFor(async () => expect(await checkNamed("Signature")).toHaveClass("check--bad"));
      expect(screen.getByTestId("relay-checks")).not.toHaveTextContent("over exactly this content");
    }
    // and back to the genuine file: its own checks again
    await upload(JSON.stringify(genuine), "genuine-again.json");
    await waitFor(async () => expect(await checkNamed("Signature")).toHaveClass("check--ok"));
  });

  it("finding 5: a signed file with deadline 2^64-1 is checked and shown, not thrown on", async () => {
    const forever = await signedFile(request, 2n ** 64n - 1n);
    renderPage();
    await upload(JSON.stringify(forever), "forever.json");
    await waitFor(async () => expect(await checkNamed("Deadline")).toHaveClass("check--ok"));
    expect(await checkNamed("Deadline")).toHaveTextContent("valid until no calendar date (18446744073709551615 s)");
    expect(await checkNamed("Signature")).toHaveClass("check--ok");
    expect(screen.queryByTestId("relay-checks-error")).toBeNull();
  });
});
