import type { TaskDefinition } from "hardhat/types/tasks";
import * as attestation from "./attestation-tasks.js";
import * as governance from "./governance-tasks.js";
import * as management from "./management-tasks.js";
import * as reads from "./read-tasks.js";

/** Every terminal task of the project (see README, "Terminal tool"). */
export const tasks: TaskDefinition[] = [...Object.values(reads), ...Object.values(attestation), ...Object.values(management), ...Object.values(governance)];
