/**
 * Every command README prints runs as printed (issue 12, point 3), on Node >= 22 and with Node 22
 * taken from the npm registry:
 * - each `npm run <script>` (with or without `-w frontend`) names a script that exists;
 * - each `npx hardhat <task>` names a task Hardhat knows (ours or a built-in one);
 * - nothing we run nests an `npx`: under `npx -y -p node@22 -c '…'` the outer npx leaves
 *   `npm_config_call` in the environment and a nested `npx` fails with npm EUSAGE, so package
 *   scripts and our spawned commands call local binaries (`node_modules/.bin/…`).
 */
import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import hre from "hardhat";

const README = readFileSync("README.md", "utf8");
const rootScripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>);
const workspaceScripts = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts as Record<string, string>;

/** README's inline and fenced code, where its commands are. */
const codeSpans = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]);

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? tsFilesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("README: every command runs as printed (issue 12, point 3)", () => {
  it("each `npm run <script>` names an existing script (root or the named workspace)", () => {
    const runs = codeSpans.flatMap((code) => [...code.matchAll(/npm run (?:--silent )?([a-z:-]+)(?:[^`\n]*?-w (\w+))?/g)]);
    expect(runs.length, "README names npm scripts").to.be.greaterThan(5);
    for (const [command, script, workspace] of runs) {
      const known = workspace ? Object.keys(workspaceScripts(workspace)) : rootScripts;
      expect(known, `README's \`${command.trim()}\``).to.include(script);
    }
  });

  it("each `npx hardhat <task>` names a task Hardhat knows", () => {
    const names = new Set(codeSpans.flatMap((code) => [...code.matchAll(/npx hardhat ([a-z][a-z-]*)/g)].map((m) => m[1])));
    // the table's second-column tasks are written without the `npx hardhat` prefix: `relay`, `project`, ...
    expect(names.size, "README names terminal tasks").to.be.greaterThan(8);
    for (const name of names) {
      expect(() => hre.tasks.getTask(name), `npx hardhat ${name}`).not.to.throw();
    }
  });

  it("no package script nests an npx (it would fail with EUSAGE under the npx route to Node 22)", () => {
    const scripts = { ...JSON.parse(readFileSync("package.json", "utf8")).scripts, ...workspaceScripts("frontend"), ...workspaceScripts("indexer") };
    for (const [name, command] of Object.entries(scripts as Record<string, string>)) {
      expect(command, `script ${name}`).not.to.match(/(^|[\s;&|(])npx\s/);
    }
  });

  it("no script, benchmark or test harness spawns npx", () => {
    const files = ["scripts", "bench", "test", "e2e", "indexer/src"].flatMap(tsFilesUnder);
    const offenders = files.filter((file) => /spawn\w*\(\s*["'`]npx["'`]|exec\w*\(\s*["'`]npx[\s"'`]/.test(readFileSync(file, "utf8")));
    expect(offenders).to.deep.equal([]);
  });

  it("README says what to type against npm start's chain: --network localhost", () => {
    expect(codeSpans).to.include("npx hardhat zones --network localhost");
  });
});
