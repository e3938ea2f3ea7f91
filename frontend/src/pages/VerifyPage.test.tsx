/**
 * The Verify page names attesters and revokers (issue 9, finding 5): one that no
 * longer holds its role is marked "former signer" / "former office", from ONE
 * indexer look-up for the page (each distinct address once). The verdict and the
 * list are faked at the data boundary; the marks go through the real
 * data/standing.ts and the sdk's rule.
 */
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import type { Address, Hex } from "viem";
import { VerifyPage } from "./VerifyPage";

const HASH = `0x${"ab".repeat(32)}` as Hex;
const REMOVED_SIGNER = "0x00000000000000000000000000000000000000a1" as Address;
const SIGNER = "0x00000000000000000000000000000000000000a2" as Address;
const DISMISSED_REGULATOR = "0x00000000000000000000000000000000000000b1" as Address;

const row = (n: number, attester: Address, kind: number, revokedBy?: Address) => ({
  uid: `0x${String(n).repeat(64)}` as Hex,
  projectId: 7,
  attester,
  kind,
  kindLabel: kind === 0 ? "Progress report" : "Milestone",
  contentHash: HASH,
  refUID: undefined,
  uri: "",
  time: new Date(1_700_000_000_000),
  block: 1n,
  txHash: "0x" as Hex,
  delegated: false,
  projectTitle: "Records",
  ...(revokedBy ? { revoked: { by: revokedBy, reason: "wrong", time: undefined } } : {}),
});
const rows = [row(1, REMOVED_SIGNER, 0, DISMISSED_REGULATOR), row(2, SIGNER, 1), row(3, REMOVED_SIGNER, 1, REMOVED_SIGNER)];

const idx = vi.fn(async (_query: string, variables?: Record<string, unknown>) => {
  void variables;
  return {
    accounts: {
      items: [
        { address: SIGNER, entityId: 4, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 },
        { address: REMOVED_SIGNER, entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 },
        { address: DISMISSED_REGULATOR, entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 },
      ],
    },
    projects: { items: [{ id: 7, entityId: 4, zoneId: 2, field: 11 }] },
    programme: { admin: "0x00000000000000000000000000000000000000ff" },
  };
});

vi.mock("../data/indexer/fetch", () => ({ idx: (q: string, v?: Record<string, unknown>) => idx(q, v) }));
vi.mock("../data/readMode", () => ({ readMode: "indexed", indexerUrl: "http://127.0.0.1:1" }));
vi.mock("../data/chain", () => ({
  pilotProgrammeAbi: [],
  programmeReaderAbi: [],
  publicClient: () => {
    throw new Error("no chain in this test");
  },
  requireContracts: () => ({}),
}));
vi.mock("../components/DataGate", () => ({ DataGate: ({ children }: { children: unknown }) => children }));
vi.mock("../components/ModeNotice", () => ({ LimitedModeNotice: () => null }));
vi.mock("../data/views/pages", () => ({
  DOCUMENT_PAGE: 20,
  useChainVerdict: () => ({
    data: {
      count: 3,
      valid: 1,
      revoked: 2,
      status: "valid",
      block: 9n,
      records: rows.map((r) => ({
        uid: r.uid,
        attester: r.attester,
        projectId: 7,
        kind: r.kind,
        contentHash: HASH,
        time: 1_700_000_000,
        revoked: r.revoked !== undefined,
      })),
    },
    isPending: false,
    isError: false,
  }),
  useDocumentPage: () => ({ data: { total: 3, rows }, isError: false }),
}));

describe("<VerifyPage> attesters and revokers", () => {
  it("finding 5: marks a former signer and a former office, from one look-up for the page", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/verify?hash=${HASH}`]}>
          <VerifyPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const list = await screen.findByTestId("verify-list");
    const items = within(list).getAllByRole("listitem");
    await within(items[0] as HTMLElement).findAllByTestId("standing-mark");
    const marks = (el: HTMLElement) =>
      within(el)
        .queryAllByTestId("standing-mark")
        .map((m) => m.textContent);
    expect(marks(items[0] as HTMLElement)).toEqual(["former signer", "former office"]);
    expect(marks(items[1] as HTMLElement)).toEqual([]);
    expect(marks(items[2] as HTMLElement)).toEqual(["former signer", "former signer"]);
    // one request for the page, each distinct address and project once
    expect(idx).toHaveBeenCalledTimes(1);
    expect(idx.mock.calls[0]?.[1]).toEqual({ a: [REMOVED_SIGNER, SIGNER, DISMISSED_REGULATOR].sort(), p: [7] });
  });
});
