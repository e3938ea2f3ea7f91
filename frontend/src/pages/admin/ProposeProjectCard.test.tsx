/**
 * Issue 12: signers propose projects in the dApp. The write itself is faked at the data boundary
 * (useProgrammeWrite); the card's own rules are real: only the entity's fields, no empty or
 * over-long title, the new project's id read from the receipt's ProjectProposed event, the form
 * emptied after it, a refusal shown under the button.
 */
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { encodeAbiParameters, encodeEventTopics, zeroHash } from "viem";
import { pilotProgrammeAbi } from "@pilot/sdk/generated/abis";
import type { EntityInfo, ZoneInfo } from "../../data/types";
import { ProposeProjectCard } from "./ProposeProjectCard";

const PROPOSER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const proposedLog = (projectId: number) => ({
  address: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  topics: encodeEventTopics({ abi: pilotProgrammeAbi, eventName: "ProjectProposed", args: { projectId, entityId: 4, zoneId: 2 } }),
  data: encodeAbiParameters(
    [{ type: "uint8" }, { type: "address" }, { type: "string" }, { type: "string" }, { type: "bytes32" }],
    [11, PROPOSER, "Records", "", zeroHash],
  ),
});

const state = { current: { status: "idle", message: undefined as string | undefined } };
const send = vi.fn();
vi.mock("../../tx/useProgrammeWrite", () => ({
  useProgrammeWrite: () => ({ send, state: state.current, busy: false, reset: () => undefined }),
}));
vi.mock("../../data/chain", async () => ({ pilotProgrammeAbi: (await import("@pilot/sdk/generated/abis")).pilotProgrammeAbi }));

const entity = {
  id: 4,
  zoneId: 2,
  name: "Fictional Northgate Hospital",
  status: "Active",
  type: "Hospital",
  fieldIds: [11, 12],
  fields: ["Health", "Education"],
  projectCount: 1,
} as unknown as EntityInfo;
const zone = { id: 2, name: "Chengdu", status: "Active" } as ZoneInfo;

describe("<ProposeProjectCard>", () => {
  it("offers the entity's fields only, needs a title within the bound, sends proposeProject and names the new project", async () => {
    send.mockResolvedValueOnce({ ok: true, receipt: { logs: [proposedLog(301)] } });
    const { rerender } = render(
      <MemoryRouter>
        <ProposeProjectCard entity={entity} zone={zone} />
      </MemoryRouter>,
    );
    const form = screen.getByTestId("propose-form");
    expect(
      within(screen.getByTestId("propose-field"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Health", "Education"]);
    const submit = within(form).getByRole("button", { name: "Propose project" });
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByTestId("propose-title"));
    await userEvent.paste("x".repeat(201));
    expect(form).toHaveTextContent("The title is 201 bytes long; at most 200 bytes are allowed.");
    expect(submit).toBeDisabled();
    await userEvent.clear(screen.getByTestId("propose-title"));
    await userEvent.paste("Cross-hospital records");
    await userEvent.selectOptions(screen.getByTestId("propose-field"), "12");
    await userEvent.click(submit);
    expect(send).toHaveBeenCalledWith("Propose Cross-hospital records", "proposeProject", [12, "Cross-hospital records", "", zeroHash]);
    expect(await screen.findByTestId("propose-done")).toHaveTextContent("Proposed as project #301.");
    expect(within(screen.getByTestId("propose-done")).getByRole("link")).toHaveAttribute("href", "/projects/301");
    expect(screen.getByTestId("propose-title")).toHaveValue("");

    // A refusal is shown under the button that caused it.
    state.current = { status: "failed", message: "Fictional Northgate Hospital is not active (it is suspended)." };
    rerender(
      <MemoryRouter>
        <ProposeProjectCard entity={entity} zone={zone} />
      </MemoryRouter>,
    );
    expect(within(form).getByTestId("write-error")).toHaveTextContent("is not active (it is suspended).");
  }, 20_000);

  it("says when the chain will refuse every proposal: the entity or its zone is not active", () => {
    state.current = { status: "idle", message: undefined };
    render(
      <MemoryRouter>
        <ProposeProjectCard entity={{ ...entity, status: "Suspended" }} zone={zone} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId("propose-inactive")).toHaveTextContent("this entity is suspended, its zone active");
  });
});
