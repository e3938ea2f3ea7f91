/**
 * Issue 10: with the timelock as office, a seat holder's zone forms. The entity-status and remove-signer
 * forms propose (the same call a zone administrator sends, with a description defaulting to what it
 * does); registering an entity and adding a key, which need a signer's consent signed now, are not
 * offered and one line says why. A zone administrator keeps its direct forms. The writes are faked at the
 * data boundary (useProgrammeWrite, useOfficePropose); the forms' own rules are real.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { EntityInfo, ZoneInfo } from "../../data/types";
import { ZoneAdminActions } from "./ZoneAdminActions";

const direct = vi.fn();
const propose = vi.fn();
vi.mock("../../tx/useProgrammeWrite", () => ({
  useProgrammeWrite: () => ({ send: direct, state: { status: "idle" }, busy: false, reset: () => undefined }),
}));
vi.mock("./useOfficePropose", () => ({
  useOfficePropose: () => ({ propose, state: { status: "idle" }, busy: false, reset: () => undefined }),
}));
vi.mock("../../data/chain", () => ({ contracts: { programme: "0x5FbDB2315678afecb367f032d93F642f64180aa3" } }));

const KEY_A = "0x00000000000000000000000000000000000000a1";
const KEY_B = "0x00000000000000000000000000000000000000b2";
const zones = [
  { id: 2, name: "Chengdu", status: "Active" },
  { id: 3, name: "Ganzhou", status: "Active" },
] as ZoneInfo[];
const entities = [
  { id: 4, zoneId: 3, name: "Ganzhou Rare Earth Group", status: "Active", signers: [KEY_A, KEY_B] },
  { id: 5, zoneId: 2, name: "West China Hospital", status: "Active", signers: [] },
] as unknown as EntityInfo[];

const renderZone = (props: Partial<Parameters<typeof ZoneAdminActions>[0]>) =>
  render(
    <MemoryRouter>
      <ZoneAdminActions zones={zones} entities={entities} projects={[]} fixedZone={undefined} {...props} />
    </MemoryRouter>,
  );

beforeEach(() => {
  direct.mockReset();
  propose.mockReset();
});

describe("<ZoneAdminActions> for a seat holder of the timelock office", () => {
  it("proposes an entity's status and a key's removal; registering and adding a key are not offered, with one line why", async () => {
    renderZone({ propose: true });
    expect(screen.getByTestId("zone-proposes")).toHaveTextContent("As a seat holder you propose the zone actions");
    for (const id of ["register-not-proposable", "add-signer-not-proposable"]) {
      expect(screen.getByTestId(id)).toHaveTextContent("The programme office cannot propose this from the dApp");
    }
    expect(screen.queryByTestId("register-name")).toBeNull();
    expect(screen.queryByTestId("add-signer-consent")).toBeNull();
    expect(screen.queryByTestId("decisions")).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText("Acting in zone"), "3");
    const status = screen.getByTestId("entity-status-form");
    expect(status).toHaveAttribute("data-mode", "propose");
    propose.mockResolvedValueOnce({ ok: true, proposalId: 0xabcdef01n << 224n });
    await userEvent.click(within(status).getByRole("button", { name: "Propose" }));
    expect(propose).toHaveBeenCalledWith(expect.stringMatching(/^Propose: /), { functionName: "setEntityStatus", args: [4, 2] }, expect.any(String));
    expect(await within(status).findByTestId("office-proposed")).toHaveTextContent("Proposed as abcdef01");

    const remove = screen.getByTestId("remove-signer-form");
    expect(remove).toHaveAttribute("data-mode", "propose");
    await userEvent.selectOptions(within(remove).getByTestId("remove-signer-key"), KEY_B);
    propose.mockResolvedValueOnce({ ok: true, proposalId: 1n });
    await userEvent.click(within(remove).getByRole("button", { name: "Propose" }));
    expect(propose).toHaveBeenLastCalledWith(
      expect.stringMatching(/^Propose: Remove signer /),
      { functionName: "removeSigner", args: [4, KEY_B] },
      expect.any(String),
    );
    expect(direct).not.toHaveBeenCalled();
  }, 20_000);

  it("a zone administrator keeps its direct forms: register, add a key, status and removal sent at once", async () => {
    renderZone({ fixedZone: 3 });
    expect(screen.queryByTestId("zone-proposes")).toBeNull();
    expect(screen.getByTestId("register-name")).toBeInTheDocument();
    expect(screen.getByTestId("add-signer-consent")).toBeInTheDocument();
    const remove = screen.getByTestId("remove-signer-form");
    expect(remove).toHaveAttribute("data-mode", "direct");
    direct.mockResolvedValueOnce({ ok: true });
    await userEvent.click(within(remove).getByRole("button", { name: "Remove key" }));
    expect(direct).toHaveBeenCalledWith(expect.stringMatching(/^Remove signer /), "removeSigner", [4, KEY_A]);
    expect(propose).not.toHaveBeenCalled();
  }, 20_000);
});
