/**
 * IPilotProgramme is the programme's whole ABI, documented: the deployed contract's functions, errors
 * and events are the interface's (but for the four members Solidity keeps out of an implemented
 * interface, named in its NatSpec), and every member of the programme's own interfaces carries a
 * @notice, a @param per argument and a @return per result, read from the compiler's AST.
 */
import { expect } from "chai";
import { readFile } from "node:fs/promises";
import path from "node:path";
import hre from "hardhat";

type AbiItem = { type: string; name?: string; inputs?: { type: string }[] };

const signature = (item: AbiItem) => `${item.type} ${item.name}(${(item.inputs ?? []).map((i) => i.type).join(",")})`;

async function abiOf(name: string): Promise<Set<string>> {
  const { abi } = await hre.artifacts.readArtifact(name);
  return new Set((abi as AbiItem[]).filter((item) => item.type !== "constructor").map(signature));
}

/** In the deployed ABI only: a public constant of OpenZeppelin's AccessControl and three errors of its libraries. */
const OUTSIDE_THE_INTERFACE = [
  "function DEFAULT_ADMIN_ROLE()",
  "error SafeCastOverflowedUintDowncast(uint8,uint256)",
  "error StringTooLong(string)",
  "error InvalidShortString()",
];

describe("IPilotProgramme: the programme's ABI, documented", () => {
  it("holds every function, error and event of PilotProgramme (but the four its NatSpec names), and nothing else", async () => {
    const deployed = await abiOf("PilotProgramme");
    const declared = await abiOf("IPilotProgramme");
    expect([...declared].filter((s) => !deployed.has(s))).to.deep.equal([]);
    expect([...deployed].filter((s) => !declared.has(s)).sort()).to.deep.equal([...OUTSIDE_THE_INTERFACE].sort());
    // the interface's NatSpec names each of them
    const source = await readFile(path.join(hre.config.paths.root, "contracts/interfaces/IPilotProgramme.sol"), "utf8");
    for (const member of OUTSIDE_THE_INTERFACE) expect(source, member).to.include(member.split(" ")[1].split("(")[0]);
  });

  it("the administration module's functions are part of it (IProgrammeAdministration), served through the programme's address", async () => {
    const administration = await abiOf("IProgrammeAdministration");
    const declared = await abiOf("IPilotProgramme");
    for (const s of administration) expect(declared.has(s), s).to.equal(true);
  });

  it("documents every function, error and event of the programme's interfaces once: @notice, a @param per argument, a @return per result", async () => {
    const { buildInfoId } = (await hre.artifacts.readArtifact("IPilotProgramme")) as unknown as { buildInfoId: string };
    const buildInfo = path.join(hre.config.paths.artifacts, "build-info", `${buildInfoId}.output.json`);
    const { output } = JSON.parse(await readFile(buildInfo, "utf8")) as { output: { sources: Record<string, { ast: AstNode }> } };
    const files = ["IPilotProgramme", "IProgrammeAdministration", "IProgrammeErrors", "IProgrammeEvents"];
    const missing: string[] = [];
    let members = 0;
    for (const [file, { ast }] of Object.entries(output.sources)) {
      if (!files.some((f) => file.endsWith(`contracts/interfaces/${f}.sol`))) continue;
      for (const contract of (ast.nodes ?? []).filter((n) => n.nodeType === "ContractDefinition")) {
        for (const node of contract.nodes ?? []) {
          if (!["FunctionDefinition", "ErrorDefinition", "EventDefinition"].includes(node.nodeType)) continue;
          members++;
          const member = `${contract.name}.${node.name}`;
          const text = node.documentation?.text ?? "";
          if (!text.includes("@notice")) missing.push(`${member}: @notice`);
          for (const p of node.parameters?.parameters ?? []) {
            if (!new RegExp(`@param ${p.name}\\b`).test(text)) missing.push(`${member}: @param ${p.name}`);
          }
          const results = node.returnParameters?.parameters.length ?? 0;
          if ((text.match(/@return/g) ?? []).length !== results) missing.push(`${member}: ${results} @return`);
        }
      }
    }
    expect(missing).to.deep.equal([]);
    expect(members).to.be.greaterThan(100);
  });
});

type AstNode = {
  nodeType: string;
  name?: string;
  nodes?: AstNode[];
  documentation?: { text: string };
  parameters?: { parameters: { name: string }[] };
  returnParameters?: { parameters: { name: string }[] };
};
