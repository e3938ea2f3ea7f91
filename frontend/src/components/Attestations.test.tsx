import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import type { Address, Hex } from "viem";
import { judge } from "../data/standing";
import type { AttestationEvent } from "../data/types";
import { AttestationTimeline } from "./Attestations";

const KEY = "0x00000000000000000000000000000000000000a1" as Address;
const OFFICE = "0x00000000000000000000000000000000000000b1" as Address;
const item = (n: number, attester: Address, kind: number, revokedBy?: Address): AttestationEvent => ({
  uid: `0x${String(n).repeat(64)}` as Hex, projectId: 7, attester, kind, kindLabel: "Milestone", contentHash: `0x${"ab".repeat(32)}` as Hex,
  refUID: undefined, uri: "", time: new Date(Number.NaN), block: 1n, txHash: "0x" as Hex, delegated: false,
  ...(revokedBy ? { revoked: { by: revokedBy, reason: "r", time: undefined } } : {}),
});

describe("<AttestationTimeline>", () => {
  it("finding 5: marks a removed key as former signer and a dismissed revoker as former office; an invalid time does not throw", () => {
    const standing = judge({
      accounts: new Map([[KEY, { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 }]]),
      projects: new Map([[7, { entityId: 4, zoneId: 2, field: 11 }]]),
      office: undefined,
    });
    render(<MemoryRouter><AttestationTimeline items={[item(1, KEY, 1, OFFICE)]} standing={standing} /></MemoryRouter>);
    const [li] = screen.getAllByTestId("attestation");
    expect(within(li as HTMLElement).getAllByTestId("standing-mark").map((m) => m.textContent)).toEqual(["former signer", "former office"]);
    expect(li).toHaveTextContent("no calendar date (an invalid date)");
  });
});
