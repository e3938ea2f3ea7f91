/** Read-only tasks: anyone may run them; no account, no transaction. */
import { task } from "hardhat/config";
import { FIELDS } from "@pilot/sdk/domain";
import { FILE_TO_HASH, HASH, JSON_FLAG, OPT } from "./options.js";

export const zonesTask = task("zones", "List the pilot zones with their status and number of entities")
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/zones.js"))
  .build();

export const entitiesTask = task("entities", "List pilot entities, filtered by zone, field, type and status")
  .addOption({ name: "zone", description: "Only entities of this zone (id or name, e.g. Chengdu)", type: OPT, defaultValue: undefined })
  .addOption({
    name: "field",
    description: `Only entities taking part in this field (id or key: ${FIELDS.map((f) => f.key).join(", ")})`,
    type: OPT,
    defaultValue: undefined,
  })
  .addOption({
    name: "type",
    description: "Only entities of this type (hospital, university, enterprise, bank, utility, government-body, court, research-institute, other)",
    type: OPT,
    defaultValue: undefined,
  })
  .addOption({ name: "status", description: "Only entities with this status (active, suspended, revoked)", type: OPT, defaultValue: undefined })
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/entities.js"))
  .build();

export const projectTask = task(
  "project",
  "Show one project: status, entity, zone and its timeline of status changes and attestations (revocations with reasons)",
)
  .addOption({ name: "id", description: "The project's id", type: OPT, defaultValue: undefined })
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/project.js"))
  .build();

export const verifyDocumentTask = task(
  "verify-document",
  "Check a document against the log: attested or not, by which entity and account, when, about which project, revoked or not. Exit code 0 only when at least one valid (unrevoked) attestation exists",
)
  .addOption(FILE_TO_HASH)
  .addOption(HASH)
  .addFlag(JSON_FLAG)
  .setAction(() => import("./actions/verify-document.js"))
  .build();

export const exportTask = task(
  "export",
  "Export the whole attestation log as JSON and CSV, rebuilt from events and checked against contract state: totals, every attestation (revoked flag included) and every project's status (non-zero exit on any mismatch). Streams in block-range pages: memory stays bounded at any size",
)
  .addOption({ name: "out", description: "Directory to write attestations.json and attestations.csv into", type: OPT, defaultValue: undefined })
  .addOption({
    name: "blockRange",
    description:
      "Most blocks per eth_getLogs request (default 5000; public RPCs often cap it; a refused range, or an answer too big, is shortened automatically)",
    type: OPT,
    defaultValue: undefined,
  })
  .addOption({
    name: "indexer",
    description:
      "Read the attestations, counts and project statuses from the programme's indexer at this URL (e.g. http://127.0.0.1:42069) instead of eth_getLogs, up to the block it has indexed; still checked against contract state. The block and transaction of a revocation are not indexed: those two columns stay empty",
    type: OPT,
    defaultValue: undefined,
  })
  .addFlag({ name: "quiet", description: "No progress bar (it is shown on stderr only when stderr is a terminal)" })
  .setAction(() => import("./actions/export.js"))
  .build();
