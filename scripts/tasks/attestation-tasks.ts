/** Tasks that write to the attestation log: attest, sign offline, relay, void unsent signatures, revoke. */
import { task } from "hardhat/config";
import { FILE_TO_HASH, FROM, HASH, KINDS_HELP, OPT } from "./options.js";

const PROJECT = { name: "project", description: "The project the attestation is about (id)", type: OPT, defaultValue: undefined } as const;
const KIND = { name: "kind", description: `What it is: ${KINDS_HELP}`, type: OPT, defaultValue: undefined } as const;
const URI = { name: "uri", description: "Where the document may be found (optional; only its hash is checked)", defaultValue: "" } as const;
const REF = {
  name: "ref",
  description: "uid of an earlier attestation of the same project that this one amends or answers (optional)",
  type: OPT,
  defaultValue: undefined,
} as const;

export const attestTask = task("attest", "Attest a document about a project, as the acting account; prints the new attestation's uid")
  .addOption(PROJECT)
  .addOption(KIND)
  .addOption(FILE_TO_HASH)
  .addOption(HASH)
  .addOption(URI)
  .addOption(REF)
  .addOption(FROM)
  .setAction(() => import("./actions/attest.js"))
  .build();

export const signAttestationTask = task(
  "sign-attestation",
  "Sign an attestation offline (EIP-712) as the acting account and write it to a JSON file that anyone can submit later with `relay`",
)
  .addOption(PROJECT)
  .addOption(KIND)
  .addOption(FILE_TO_HASH)
  .addOption(HASH)
  .addOption(URI)
  .addOption(REF)
  .addOption({ name: "out", description: "Where to write the signed JSON file", type: OPT, defaultValue: undefined })
  .addOption({ name: "deadlineMinutes", description: "Minutes the signature stays valid (default 1440, one day)", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => import("./actions/sign-attestation.js"))
  .build();

export const relayTask = task(
  "relay",
  "Submit an offline-signed attestation file (from `sign-attestation`) from any account; checks chain, contract, deadline, signature and nonce first",
)
  .addOption({ name: "file", description: "The signed JSON file", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => import("./actions/relay.js"))
  .build();

export const increaseNonceTask = task(
  "increase-nonce",
  "Void the acting account's signed attestations that nobody has relayed yet, by raising its signature nonce; recorded attestations are untouched",
)
  .addOption({
    name: "to",
    description: "The new nonce; must be above the current one (default: current + 1, which voids every unsent signed file)",
    type: OPT,
    defaultValue: undefined,
  })
  .addOption(FROM)
  .setAction(() => import("./actions/increase-nonce.js"))
  .build();

export const revokeTask = task("revoke", "Revoke an attestation with a reason (its attester, the project's zone administrators or regulators of its field)")
  .addOption({ name: "uid", description: "The attestation's uid (0x + 64 hex digits)", type: OPT, defaultValue: undefined })
  .addOption({ name: "reason", description: "Why it is revoked (required; stays in the public log)", type: OPT, defaultValue: undefined })
  .addOption(FROM)
  .setAction(() => import("./actions/revoke.js"))
  .build();
