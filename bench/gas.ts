/**
 * Gas benchmark: our suite against EAS 1.9 on the same in-process Hardhat network.
 * Not a test: it writes bench/results/gas.json and never fails on figures.
 * Run: npm run bench:gas
 * Under BSN Spartan-I's istanbul pricing (docs/networks.md#bsn-spartan-i), into gas-spartanSimulated.json:
 *   npx hardhat --config hardhat.spartan.config.ts --build-profile spartan --network spartanSimulated run bench/gas.ts
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { network } from "hardhat";
import type { Contract, ContractTransactionResponse, Log, LogDescription, Signer } from "ethers";
import GovernedProgrammeModule from "../ignition/modules/GovernedProgramme.js";
import PilotProgrammeModule from "../ignition/modules/PilotProgramme.js";
import { EntityType, Kind, ProjectStatus } from "@pilot/sdk/domain";
import { ATTEST_TYPES, attestDomain, type Hex } from "@pilot/sdk/eip712";
import { GOVERNING_BODIES, VoteType } from "@pilot/sdk/governance";
import type { PilotProgramme, ProgrammeGovernor } from "../types/ethers-contracts/index.js";
import { signConsent, TERM_END } from "../test/helpers/fixtures.js";

const require = createRequire(import.meta.url);
const EAS_ARTIFACT = require("@ethereum-attestation-service/eas-contracts/artifacts/contracts/EAS.sol/EAS.json");
const REGISTRY_ARTIFACT = require("@ethereum-attestation-service/eas-contracts/artifacts/contracts/SchemaRegistry.sol/SchemaRegistry.json");

const connection = await network.create();
const { ethers, ignition } = connection;
const [admin, zoneAdmin, signer, regulator, relayer, recipient] = await ethers.getSigners();
const coder = ethers.AbiCoder.defaultAbiCoder();
let salt = 0;
/** A fresh 32-byte document digest: every attestation attests a new document, as in real use. */
const doc = () => ethers.keccak256(ethers.toUtf8Bytes(`document ${++salt}`));

async function gasOf(tx: Promise<ContractTransactionResponse>): Promise<number> {
  const receipt = await (await tx).wait();
  if (!receipt) throw new Error("no receipt");
  return Number(receipt.gasUsed);
}

// ------------------------------------------------------------------ ours
const deployed = await ignition.deploy(PilotProgrammeModule);
const programme = deployed.programme as unknown as PilotProgramme; // Ignition returns a BaseContract
const p = programme.connect(admin);
await (await p.createZone("Chengdu", "Sichuan", "", ethers.ZeroHash)).wait();
await (await p.appointZoneAdmin(1, zoneAdmin.address, TERM_END)).wait();
await (await p.setRegulatorFields(regulator.address, 1 << 11, TERM_END)).wait();
const registerEntity = await gasOf(
  p
    .connect(zoneAdmin)
    .registerEntity(1, "West China Hospital", EntityType.Hospital, 1 << 11, "ipfs://entity", doc(), [await signConsent(ethers, programme, signer, 1)]),
);
const proposeProject = await gasOf(p.connect(signer).proposeProject(11, "Shared medical records", "ipfs://project", doc()));
await (await p.connect(zoneAdmin).setProjectStatus(1, ProjectStatus.Active, "")).wait();

const request = (contentHash: string) => ({
  projectId: 1,
  kind: Kind.Milestone,
  contentHash,
  refUID: ethers.ZeroHash,
  uri: "",
});
const asSigner = p.connect(signer);
// warm-up: the first attestation initialises the global counter
await (await asSigner.attest(request(doc()))).wait();
const attest = await gasOf(asSigner.attest(request(doc())));
// the same document attested again (e.g. a reply quoting it): one more warm write, to the first record's counter
const seenDoc = doc();
await (await asSigner.attest(request(seenDoc))).wait();
const attestSameDocumentAgain = await gasOf(asSigner.attest(request(seenDoc)));

// EIP-712 domain and types from the one shared definition (sdk/eip712.ts)
const domain = attestDomain((await ethers.provider.getNetwork()).chainId, (await p.getAddress()) as Hex);
const types = { Attest: [...ATTEST_TYPES.Attest] };
async function bySig(from: Signer) {
  const r = request(doc());
  const nonce = await p.nonces(signer.address);
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const signature = await signer.signTypedData(domain, types, { attester: signer.address, ...r, nonce, deadline });
  return gasOf(p.connect(from).attestBySig(r, signer.address, nonce, deadline, signature));
}
await bySig(relayer); // first use of the signer's nonce
const attestBySig = await bySig(relayer);

const batch = Array.from({ length: 10 }, () => request(doc()));
const attestBatch10PerItem = Math.round((await gasOf(asSigner.attestBatch(batch))) / 10);

const firstUid = await p.uidOf(batch[0].contentHash, 0);
const revoke = await gasOf(asSigner.revoke(firstUid, "superseded"));
// a revocation by the zone administrator (reads the project and the administrator's account)
const revokeByZoneAdmin = await gasOf(p.connect(zoneAdmin).revoke(await p.uidOf(batch[1].contentHash, 0), "withdrawn at the entity's request"));

// ------------------------------------------------------------------- EAS
const registryFactory = new ethers.ContractFactory(REGISTRY_ARTIFACT.abi, REGISTRY_ARTIFACT.bytecode, admin);
const schemaRegistry = await registryFactory.deploy();
await schemaRegistry.waitForDeployment();
const easFactory = new ethers.ContractFactory(EAS_ARTIFACT.abi, EAS_ARTIFACT.bytecode, admin);
const eas = await easFactory.deploy(await schemaRegistry.getAddress());
await eas.waitForDeployment();
const SCHEMA = "bytes32 projectId,uint8 kind,bytes32 contentHash";
await (await (schemaRegistry as unknown as Contract).register(SCHEMA, ethers.ZeroAddress, true)).wait();
const schemaUid = ethers.solidityPackedKeccak256(["string", "address", "bool"], [SCHEMA, ethers.ZeroAddress, true]);
const easData = (contentHash: string) => ({
  recipient: recipient.address,
  expirationTime: 0n,
  revocable: true,
  refUID: ethers.ZeroHash,
  data: coder.encode(["bytes32", "uint8", "bytes32"], [ethers.zeroPadValue("0x01", 32), Kind.Milestone, contentHash]),
  value: 0n,
});
const easAs = (s: Signer) => eas.connect(s) as Contract;
await (await easAs(signer).attest({ schema: schemaUid, data: easData(doc()) })).wait(); // warm-up
const easAttestTx = await easAs(signer).attest({ schema: schemaUid, data: easData(doc()) });
const easAttestReceipt = await easAttestTx.wait();
const easAttest = Number(easAttestReceipt.gasUsed);
const easUid = easAttestReceipt.logs.map((l: Log) => eas.interface.parseLog(l)).find((l: LogDescription | null) => l?.name === "Attested").args.uid;

const multi = await gasOf(easAs(signer).multiAttest([{ schema: schemaUid, data: Array.from({ length: 10 }, () => easData(doc())) }]));
const easMulti10PerItem = Math.round(multi / 10);

const [, easName, easVersion, easChainId, easAddress] = await (eas as unknown as Contract).eip712Domain();
const easDomain = { name: easName, version: easVersion, chainId: easChainId, verifyingContract: easAddress };
const easTypes = {
  Attest: [
    { name: "attester", type: "address" },
    { name: "schema", type: "bytes32" },
    { name: "recipient", type: "address" },
    { name: "expirationTime", type: "uint64" },
    { name: "revocable", type: "bool" },
    { name: "refUID", type: "bytes32" },
    { name: "data", type: "bytes" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
};
async function easBySig() {
  const data = easData(doc());
  const nonce = await (eas as unknown as Contract).getNonce(signer.address);
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const sig = ethers.Signature.from(await signer.signTypedData(easDomain, easTypes, { attester: signer.address, schema: schemaUid, ...data, nonce, deadline }));
  return gasOf(easAs(relayer).attestByDelegation({ schema: schemaUid, data, signature: { v: sig.v, r: sig.r, s: sig.s }, attester: signer.address, deadline }));
}
const easBySigFirst = await easBySig();
const easAttestByDelegation = await easBySig();
const easRevoke = await gasOf(easAs(signer).revoke({ schema: schemaUid, data: { uid: easUid, value: 0n } }));

// ------------------------------------------------------------ governance (issue 10): figures, not targets
// The governed office with sixteen seats; one proposal (create a zone) carried through: propose, the
// votes (nine for, the quorum), queue in the timelock, execute after its delay.
const seatHolders = (await ethers.getSigners()).slice(1, 1 + GOVERNING_BODIES.length);
const governed = await ignition.deploy(GovernedProgrammeModule, {
  parameters: { ProgrammeOffice: { seatHolders: seatHolders.map((s) => s.address), votingDelay: 1, votingPeriod: 60, timelockDelay: 10 } },
});
const governor = governed.governor as unknown as ProgrammeGovernor;
const governedProgramme = governed.programme as unknown as PilotProgramme;
const createZone = governedProgramme.interface.encodeFunctionData("createZone", ["Xiamen", "Fujian", "", ethers.ZeroHash]);
const targets = [await governedProgramme.getAddress()];
const description = "Create zone Xiamen in Fujian";
const propose = await gasOf(governor.connect(seatHolders[0]).propose(targets, [0n], [createZone], description));
const proposalId = await governor.hashProposal(targets, [0n], [createZone], ethers.id(description));
await connection.networkHelpers.time.increase(2);
const castVote = await gasOf(governor.connect(seatHolders[0]).castVote(proposalId, VoteType.For));
const castVoteWithReason = await gasOf(governor.connect(seatHolders[1]).castVoteWithReason(proposalId, VoteType.For, "the zone is ready"));
for (const holder of seatHolders.slice(2, 9)) await (await governor.connect(holder).castVote(proposalId, VoteType.For)).wait();
await connection.networkHelpers.time.increase(61);
const queue = await gasOf(governor.connect(seatHolders[0]).queue(targets, [0n], [createZone], ethers.id(description)));
await connection.networkHelpers.time.increase(11);
const execute = await gasOf(governor.connect(relayer).execute(targets, [0n], [createZone], ethers.id(description)));

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
const result = {
  ours: { attest, attestBySig, attestBatch10PerItem, revoke, registerEntity, proposeProject },
  eas: { attest: easAttest, attestByDelegation: easAttestByDelegation, multiAttest10PerItem: easMulti10PerItem, revoke: easRevoke },
  ratio: {
    attest: ratio(attest, easAttest),
    attestBySig: ratio(attestBySig, easAttestByDelegation),
    attestBatch10PerItem: ratio(attestBatch10PerItem, easMulti10PerItem),
    revoke: ratio(revoke, easRevoke),
  },
  notes: { easAttestByDelegationFirstNonce: easBySigFirst, attestSameDocumentAgain, revokeByZoneAdmin },
  governance: {
    about: "issue 10, figures not targets: a proposal to create a zone, carried by 16 seats (quorum 9); execute includes the zone's creation",
    propose,
    castVote,
    castVoteWithReason,
    queue,
    execute,
  },
};
await mkdir(new URL("./results/", import.meta.url), { recursive: true });
const resultFile = connection.networkName === "default" ? "gas.json" : `gas-${connection.networkName}.json`;
await writeFile(new URL(`./results/${resultFile}`, import.meta.url), JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
