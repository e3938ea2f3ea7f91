/**
 * Issue 10: the office's forms on the Admin page, both ways. With the timelock as office a seat holder
 * gets "Propose" forms (the same inputs plus a description, the default description shown, the
 * governor's proposal sent, a link to it on the Governance page); the office account gets the direct
 * forms; the guardian pauses directly and is told that only a proposal unpauses. The writes are faked
 * at the data boundary (useProgrammeWrite, useOfficePropose); the forms' own rules are real.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { zeroHash } from "viem";
import type { ZoneInfo } from "../../data/types";
import { OfficeActions } from "./OfficeActions";

const direct = vi.fn();
const propose = vi.fn();
const proposeState = { current: { status: "idle", message: undefined as string | undefined } };
vi.mock("../../tx/useProgrammeWrite", () => ({
  useProgrammeWrite: () => ({ send: direct, state: { status: "idle" }, busy: false, reset: () => undefined }),
}));
vi.mock("./useOfficePropose", () => ({
  useOfficePropose: () => ({ propose, state: proposeState.current, busy: false, reset: () => undefined }),
}));
vi.mock("../../data/chain", () => ({ contracts: { programme: "0x5FbDB2315678afecb367f032d93F642f64180aa3" } }));

const zones = [{ id: 2, name: "Chengdu", status: "Active" }] as ZoneInfo[];
const renderActions = (props: Partial<Parameters<typeof OfficeActions>[0]>) =>
  render(
    <MemoryRouter>
      <OfficeActions zones={zones} paused={false} mode="propose" guardian={false} {...props} />
    </MemoryRouter>,
  );

beforeEach(() => {
  direct.mockReset();
  propose.mockReset();
  proposeState.current = { status: "idle", message: undefined };
});

describe("<OfficeActions> with the timelock as office (a seat holder proposes)", () => {
  it("turns every office form into a proposal, with a description defaulting to what it does, and links the new proposal", async () => {
    renderActions({});
    const forms = document.querySelectorAll("form");
    expect(forms.length).toBe(6);
    for (const f of forms) expect(f).toHaveAttribute("data-mode", "propose");
    const form = screen.getByTestId("create-zone-form");
    expect(within(form).getByRole("button", { name: "Propose" })).toBeDisabled();
    await userEvent.type(screen.getByTestId("create-zone-name"), "Xiamen");
    await userEvent.type(screen.getByTestId("create-zone-region"), "Fujian");
    expect(within(form).getByTestId("propose-default")).toHaveTextContent("Left empty, the proposal is titled “Create zone Xiamen in Fujian”.");
    propose.mockResolvedValueOnce({ ok: true, proposalId: 0x1a2b3c4dn << 224n });
    await userEvent.click(within(form).getByRole("button", { name: "Propose" }));
    expect(propose).toHaveBeenCalledWith(
      "Propose: Create zone Xiamen",
      { functionName: "createZone", args: ["Xiamen", "Fujian", "", zeroHash] },
      "# Create zone Xiamen in Fujian",
    );
    const done = await within(form).findByTestId("office-proposed");
    expect(done).toHaveTextContent("Proposed as 1a2b3c4d");
    expect(within(done).getByRole("link", { name: "See it on the Governance page" })).toHaveAttribute("href", "/governance#proposal-1a2b3c4d");
    expect(screen.getByTestId("create-zone-name")).toHaveValue("");
    expect(direct).not.toHaveBeenCalled();
  }, 20_000);

  it("sends the author's description when written, and shows a refusal under the button", async () => {
    const { rerender } = renderActions({});
    const form = screen.getByTestId("renew-form");
    await userEvent.type(within(form).getByRole("textbox", { name: "Account address" }), "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    await userEvent.type(within(form).getByTestId("propose-description"), "Renew the Chengdu administrator");
    propose.mockResolvedValueOnce({ ok: false });
    await userEvent.click(within(form).getByRole("button", { name: "Propose" }));
    const [, call, description] = propose.mock.calls[0] as [string, { functionName: string; args: unknown[] }, string];
    expect(call.functionName).toBe("renewOffice");
    expect(call.args[0]).toBe("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    expect((call.args[1] as number) % 86_400).toBe(0);
    expect(description).toBe("Renew the Chengdu administrator");

    proposeState.current = { status: "failed", message: "Account 0x9965…A4dc holds no office to renew." };
    rerender(
      <MemoryRouter>
        <OfficeActions zones={zones} paused={false} mode="propose" guardian={false} />
      </MemoryRouter>,
    );
    expect(within(screen.getByTestId("renew-form")).getByTestId("write-error")).toHaveTextContent("holds no office to renew.");
  }, 20_000);

  it("pausing is proposed too, unless the account is the guardian: it pauses at once", async () => {
    renderActions({});
    expect(within(screen.getByTestId("pause-form")).getByRole("button", { name: "Propose" })).toBeInTheDocument();
    document.body.innerHTML = "";
    renderActions({ guardian: true });
    const pause = screen.getByTestId("guardian-pause");
    expect(pause).toHaveTextContent("you pause at once, without a proposal");
    direct.mockResolvedValueOnce({ ok: true });
    await userEvent.click(within(pause).getByRole("button"));
    expect(direct).toHaveBeenCalledWith(expect.any(String), "pause", []);
    expect(propose).not.toHaveBeenCalled();
  });

  it("a guardian without a seat gets the pause only; once paused, it is told that only a proposal unpauses", () => {
    renderActions({ mode: "needsSeat", guardian: true });
    expect(document.querySelectorAll("form").length).toBe(1);
    document.body.innerHTML = "";
    renderActions({ mode: "needsSeat", guardian: true, paused: true });
    expect(screen.getByTestId("guardian-unpause")).toHaveTextContent("Only a proposal unpauses the programme");
    expect(document.querySelectorAll("form").length).toBe(0);
  });
});

describe("<OfficeActions> for the office account", () => {
  it("sends the same call directly, without a description", async () => {
    renderActions({ mode: "direct" });
    const form = screen.getByTestId("create-zone-form");
    expect(form).toHaveAttribute("data-mode", "direct");
    expect(within(form).queryByTestId("propose-description")).toBeNull();
    await userEvent.type(screen.getByTestId("create-zone-name"), "Xiamen");
    direct.mockResolvedValueOnce({ ok: true });
    await userEvent.click(within(form).getByRole("button", { name: "Create zone" }));
    expect(direct).toHaveBeenCalledWith("Create zone Xiamen", "createZone", ["Xiamen", "", "", zeroHash]);
    expect(propose).not.toHaveBeenCalled();
  });
});
