/**
 * The build plugin (scripts/hardhat/solidity-build.ts) drops only solc's "will be promoted to
 * keyword" warnings that point into a dependency; our own contracts' warnings, and every other
 * warning or error, are still printed.
 */
import { expect } from "chai";
import { isDependencyKeywordWarning } from "../../scripts/hardhat/solidity-build-hooks.js";

const keyword = '"at" will be promoted to keyword in the future and will not be allowed as an identifier anymore.';

describe("build plugin: which compiler warnings are dropped", () => {
  it("drops a dependency's keyword warning (OpenZeppelin's `at` and `error`)", () => {
    expect(
      isDependencyKeywordWarning({
        severity: "warning",
        message: keyword,
        sourceLocation: { file: "npm/@openzeppelin/contracts@5.3.0/utils/structs/Checkpoints.sol" },
      }),
    ).to.equal(true);
    expect(
      isDependencyKeywordWarning({
        severity: "warning",
        message: keyword,
        formattedMessage: `Warning: ${keyword}\n   --> ./node_modules/@openzeppelin/contracts/utils/cryptography/ECDSA.sol:92:29:`,
      }),
    ).to.equal(true);
  });
  it("keeps the same warning about our own contracts, other warnings and every error", () => {
    expect(isDependencyKeywordWarning({ severity: "warning", message: keyword, sourceLocation: { file: "project/contracts/PilotProgramme.sol" } })).to.equal(
      false,
    );
    expect(
      isDependencyKeywordWarning({
        severity: "warning",
        message: "Unused local variable.",
        sourceLocation: { file: "npm/@openzeppelin/contracts@5.3.0/x.sol" },
      }),
    ).to.equal(false);
    expect(isDependencyKeywordWarning({ severity: "error", message: keyword, sourceLocation: { file: "npm/@openzeppelin/contracts@5.3.0/x.sol" } })).to.equal(
      false,
    );
  });
});
