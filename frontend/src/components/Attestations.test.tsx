import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { Address, Hex } from "viem";
import { judge } from "../data/standing";
import type { AttestationEvent } from "../data/types";
import { AttestationTimeline } from "./Attestations";

const KEY = "0x00000000000000000000000000000000000000a1" as Address;
const OFFICE = "0x00000000000000000000000000000000000000b1" as Address;
const item = (n: number, attester: Address, kind: number, revokedBy?: Address): AttestationEvent => ({
  uid: `0x${String(n).repeat(64)}` as Hex,
  projectId: 7,
  attester,
  kind,
  kindLabel: "Milestone",
  contentHash: `0x${"ab".repeat(32)}` as Hex,
  refUID: undefined,
  uri: "",
  time: new Date(Number.NaN),
  block: 1n,
  txHash: "0x" as Hex,
  delegated: false,
  ...(revokedBy ? { revoked: { by: revokedBy, reason: "r", time: undefined } } : {}),
});

describe("<AttestationTimeline>", () => {
  it("finding 5: marks a removed key as former signer and a dismissed revoker as former office; an invalid time does not throw", () => {
    const standing = judge({
      accounts: new Map([[KEY, { entityId: 0, zoneAdminOf: 0, regulatorFields: 0, expertFields: 0 }]]),
      projects: new Map([[7, { entityId: 4, zoneId: 2, field: 11 }]]),
      office: undefined,
    });
    render(
      <MemoryRouter>
        <AttestationTimeline items={[item(1, KEY, 1, OFFICE)]} standing={standing} />
      </MemoryRouter>,
    );
    const [li] = screen.getAllByTestId("attestation");
    expect(
      within(li as HTMLElement)
        .getAllByTestId("standing-mark")
        .map((m) => m.textContent),
    ).toEqual(["former signer", "former office"]);
    expect(li).toHaveTextContent("no calendar date (an invalid date)");
  });

  it("issue 12: the kind filter narrows the timeline and says so; the compact view shows one line each, the full hash in its title", async () => {
    const user = userEvent.setup();
    const items = [item(1, KEY, 1), { ...item(2, KEY, 1), kind: 0, kindLabel: "Progress report" }, item(3, KEY, 1)];
    render(
      <MemoryRouter>
        <AttestationTimeline items={items} />
      </MemoryRouter>,
    );
    expect(screen.getAllByTestId("attestation")).toHaveLength(3);
    await user.selectOptions(screen.getByTestId("timeline-kind"), "1");
    expect(screen.getAllByTestId("attestation")).toHaveLength(2);
    expect(screen.getByTestId("timeline-filtered")).toHaveTextContent("Milestone: 2 of the 3 attestations loaded.");
    await user.click(screen.getByTestId("timeline-view-compact"));
    expect(screen.getByTestId("timeline-view-compact")).toHaveAttribute("aria-pressed", "true");
    const lines = within(screen.getByTestId("compact-timeline")).getAllByTestId("attestation");
    expect(lines).toHaveLength(2);
    const hash = within(lines[0] as HTMLElement).getByTitle(`0x${"ab".repeat(32)}`);
    expect(hash).toHaveTextContent("0xabab…abab");
    expect(localStorage.getItem("pilot-registry.timelineView")).toBe("compact");
    await user.click(screen.getByRole("button", { name: "Show all kinds" }));
    expect(screen.getAllByTestId("attestation")).toHaveLength(3);
    localStorage.clear();
  });
});
