/**
 * `npx hardhat export` as a user runs it against the bench's node, timed, with
 * its peak resident memory (VmHWM of the process, sampled until it exits), and
 * the size of what it wrote.
 */
import { spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { descendants, processMemory } from "./processes.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HARDHAT_CLI = path.join(ROOT, "node_modules", "hardhat", "dist", "src", "cli.js");

export interface ExportFigures {
  seconds: number;
  peakRssMB: number;
  exitCode: number | null;
  /** Files written, bytes each. */
  files: Record<string, number>;
  /** The last lines it printed. */
  output: string;
}

/** Runs `hardhat export --network rpc --out <outDir> [...extra]` with PILOT_RPC_URL = `rpcUrl`. */
export async function measureExport(rpcUrl: string, outDir: string, extra: readonly string[] = []): Promise<ExportFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [HARDHAT_CLI, "export", "--network", "rpc", "--out", outDir, ...extra], {
    cwd: ROOT,
    env: { ...process.env, PILOT_RPC_URL: rpcUrl, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let peak = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    // the CLI process and anything it spawned: each one's own peak
    const total = [child.pid, ...descendants(child.pid)].reduce((n, pid) => n + processMemory(pid).peakRssMB, 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 50);
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const files: Record<string, number> = {};
  for (const name of await readdir(outDir).catch(() => [] as string[])) files[name] = (await stat(path.join(outDir, name))).size;
  return { seconds, peakRssMB: peak, exitCode, files, output: output.split("\n").slice(-15).join("\n") };
}

/** True when this checkout's `export` task takes `--indexer` (engineer B's streaming export). */
export async function exportTakesIndexer(): Promise<boolean> {
  const help = await new Promise<string>((resolve) => {
    const child = spawn(process.execPath, [HARDHAT_CLI, "export", "--help"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", () => resolve(out));
  });
  return /--indexer\b/.test(help);
}
