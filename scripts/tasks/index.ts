import type { TaskDefinition } from "hardhat/types/tasks";

/** Every terminal task of the project (see README, "Terminal tool"). */
export const tasks: TaskDefinition[] = [];
