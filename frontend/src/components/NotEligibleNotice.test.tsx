import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import type { ProjectInfo } from "../data/types";
import { NotEligibleNotice } from "./NotEligibleNotice";

const project = { id: 12, title: "Port logistics", field: 11, zoneId: 2, entityId: 4 } as ProjectInfo;

describe("<NotEligibleNotice> (the Attest page says why, instead of preselecting another project)", () => {
  it("names the project and the roles that may attest about it", () => {
    render(
      <NotEligibleNotice project={project} why={{ reason: "role", needs: ["entity", "zoneAdmin", "expert", "regulator"] }} entity="Haier" zone="Chengdu" />,
    );
    expect(screen.getByTestId("attest-not-eligible")).toHaveTextContent(
      "This account may not attest about project #12 “Port logistics”: that takes a signer of Haier (progress reports, milestones), or the administrator of zone Chengdu (reviews), or an expert in Health (expert opinions), or a regulator of Health (evaluations, acceptance).",
    );
  });

  it("says when the project takes no attestation now", () => {
    render(<NotEligibleNotice project={project} why={{ reason: "zone-inactive", status: "Suspended" }} entity="Haier" zone="Chengdu" />);
    expect(screen.getByTestId("attest-not-eligible")).toHaveTextContent(
      "Nothing can be attested about project #12 “Port logistics” now: its zone is suspended.",
    );
  });
});
