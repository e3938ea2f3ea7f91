/**
 * The suite deployed on the e2e's node the way `npm start` deploys it: Ignition module
 * PilotProgramme through scripts/deploy/deploy-suite.ts (via scripts/deploy/deploy-on-node.ts),
 * whose deployment record is the one the harness reads. The office is one account (the node's
 * account #0, the scenarios' programme office). The record goes to a temporary directory
 * (PILOT_DEPLOYMENTS_DIR, never the repository's deployments/), the Ignition journal to
 * ignition/deployments/<id>; `cleanup()` removes both.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import type { DeploymentRecord } from "@pilot/sdk/deployment";
import { REPO_ROOT } from "./appServer.ts";

/** The deployment record (the sdk's one type), as deploy-suite.ts writes it. */
export type E2EDeploymentRecord = DeploymentRecord;

interface DeployModule {
  deployOnNode(options: { url: string; deploymentId: string; office: "account"; log?: (line: string) => void }): Promise<E2EDeploymentRecord>;
}

export interface IgnitionDeployment {
  readonly record: E2EDeploymentRecord;
  cleanup(): void;
}

/** Deploys the suite on the fresh node at `url` with Ignition, as npm start does. */
export async function deployWithIgnition(url: string): Promise<IgnitionDeployment> {
  const dir = mkdtempSync(join(tmpdir(), "pilot-e2e-deployments-"));
  const deploymentId = `e2e-${process.pid}-${Date.now()}`;
  const journal = join(REPO_ROOT, "ignition", "deployments", deploymentId);
  const cleanup = () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(journal, { recursive: true, force: true });
  };
  // read when scripts/deploy/deployment-record.ts loads (below, in a fresh module graph): records go to `dir`
  const previous = process.env["PILOT_DEPLOYMENTS_DIR"];
  process.env["PILOT_DEPLOYMENTS_DIR"] = dir;
  try {
    const mod = (await tsImport("../../scripts/deploy/deploy-on-node.ts", import.meta.url)) as DeployModule;
    const record = await mod.deployOnNode({ url, deploymentId, office: "account" });
    if (!existsSync(join(dir, `chain-${record.chainId}.json`))) throw new Error(`the deployment record was not written to ${dir}`);
    return { record, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    if (previous === undefined) delete process.env["PILOT_DEPLOYMENTS_DIR"];
    else process.env["PILOT_DEPLOYMENTS_DIR"] = previous;
  }
}
