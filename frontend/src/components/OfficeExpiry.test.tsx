/**
 * Issue 10: an office's term is judged by the chain's clock (the latest block's time, data/chainTime.ts),
 * as the chain refuses a lapsed office, not by the wall clock: the local sample's chain runs in 2025.
 * The chain's clock is faked at the data boundary.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { OfficeExpiry } from "./OfficeExpiry";
import { LapsedOfficeNote } from "./LapsedOfficeNote";
import type { AccountRoles } from "../data/roles";

const chainTime = { current: { data: undefined as number | undefined, isError: false } };
vi.mock("../data/chainTime", () => ({ useChainTime: () => chainTime.current }));

const DAY = 86_400;
const JAN_1_2025 = 20_089 * DAY;
const JUN_1_2025 = JAN_1_2025 + 151 * DAY;

beforeEach(() => {
  chainTime.current = { data: JAN_1_2025 + 5 * DAY, isError: false }; // the sample's clock after seeding: 2025-01-06
});

describe("<OfficeExpiry> by the chain's clock", () => {
  it("marks an office lapsed by the chain's time, and one still running as such even when the wall clock is past it", () => {
    const { unmount } = render(<OfficeExpiry expiresAt={JAN_1_2025} />);
    expect(screen.getByTestId("office-expiry")).toHaveAttribute("data-lapsed", "true");
    expect(screen.getByTestId("office-expiry")).toHaveTextContent(/expired/i);
    unmount();
    render(<OfficeExpiry expiresAt={JUN_1_2025} />);
    expect(Date.now() / 1000).toBeGreaterThan(JUN_1_2025);
    expect(screen.getByTestId("office-expiry")).not.toHaveAttribute("data-lapsed");
    expect(screen.getByTestId("office-expiry")).toHaveTextContent(/until/i);
  });

  it("marks nothing while the chain's clock is on its way, and falls back to the wall clock only when it cannot be read", () => {
    chainTime.current = { data: undefined, isError: false };
    const { unmount } = render(<OfficeExpiry expiresAt={JUN_1_2025} />);
    expect(screen.queryByTestId("office-expiry")).toBeNull();
    unmount();
    chainTime.current = { data: undefined, isError: true };
    render(<OfficeExpiry expiresAt={JUN_1_2025} />);
    expect(screen.getByTestId("office-expiry")).toHaveAttribute("data-lapsed", "true");
  });
});

describe("<LapsedOfficeNote> on the Attest page", () => {
  const roles: AccountRoles = {
    address: "0x00000000000000000000000000000000000000a1",
    isProgrammeOffice: false,
    entityId: 0,
    zoneAdminOf: 0,
    regulatorFields: [],
    expertFields: [],
    nonce: 0n,
    paused: false,
    officeTermEnds: undefined,
    lapsed: { zoneAdminOf: 3, regulatorFields: [], expertFields: [], expiredAt: JAN_1_2025 },
  };
  const names = { zone: (id: number) => (id === 3 ? "Ganzhou" : `#${id}`), entity: (id: number) => `#${id}` };

  it("says which office lapsed and when, and that it no longer attests", () => {
    render(<LapsedOfficeNote roles={roles} names={names} />);
    const note = screen.getByTestId("attest-office-lapsed");
    expect(note).toHaveTextContent(/^Your office \(Administrator of zone Ganzhou\) lapsed on .*2025: you can no longer attest with it until it is renewed/);
  });

  it("says nothing while the term runs", () => {
    render(<LapsedOfficeNote roles={{ ...roles, lapsed: undefined, zoneAdminOf: 3 }} names={names} />);
    expect(screen.queryByTestId("attest-office-lapsed")).toBeNull();
  });
});
