import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { ProjectStatus } from "@pilot/sdk/domain";
import { fieldLabel } from "@pilot/sdk/errors";
import { CliError } from "../runtime/cli-error.js";
import { direct, eventArg, guarded, manage, metadata, type MetadataArgs, type Planner } from "../runtime/management.js";
import { parseField, parseId, required, slug } from "../runtime/parse.js";
import { requireProject } from "../runtime/resolve.js";

interface From {
  from?: string;
}

export const proposeProject = guarded(async (args: From & MetadataArgs & { field?: string; title?: string }, hre: HardhatRuntimeEnvironment) => {
  const field = parseField(args.field);
  const title = required(args.title, "title");
  const meta = await metadata(args);
  return manage(hre, args.from, async () => ({
    method: "proposeProject",
    args: [field, title, meta.uri, meta.hash],
    done: (sent) =>
      `proposed project #${eventArg(sent, "ProjectProposed", "projectId")} "${title}" (${fieldLabel(field)}) for entity #${eventArg(sent, "ProjectProposed", "entityId")}`,
  }));
});

/** Friendly verbs for the lifecycle moves `setProjectStatus` allows. */
export const PROJECT_ACTIONS = {
  approve: { status: ProjectStatus.Active, past: "approved (active)" },
  reject: { status: ProjectStatus.Rejected, past: "rejected" },
  suspend: { status: ProjectStatus.Suspended, past: "suspended" },
  resume: { status: ProjectStatus.Active, past: "resumed (active)" },
  terminate: { status: ProjectStatus.Terminated, past: "terminated" },
} as const;
type ProjectAction = keyof typeof PROJECT_ACTIONS;

export const setProjectStatusPlan: Planner<{ project?: string; action?: string; reason: string }> = async (args) => {
  parseId(args.project, "project");
  const verb = slug(required(args.action, "action"));
  if (!Object.hasOwn(PROJECT_ACTIONS, verb)) {
    throw new CliError(`--action "${args.action}" is not one of: ${Object.keys(PROJECT_ACTIONS).join(", ")}`);
  }
  const action = PROJECT_ACTIONS[verb as ProjectAction];
  if (action.status !== ProjectStatus.Active && !args.reason?.trim()) throw new CliError(`--reason is required to ${verb} a project`);
  return async (ctx) => {
    const project = await requireProject(ctx, args.project);
    return {
      method: "setProjectStatus",
      args: [project.id, action.status, args.reason ?? ""],
      done: () => `project #${project.id} "${project.title}" ${action.past}`,
    };
  };
};

export const setProjectStatus = direct<From & { project?: string; action?: string; reason: string }>("set-project-status", setProjectStatusPlan);
