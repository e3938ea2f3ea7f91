/**
 * Child processes started by `npm start`: each in its own process group, so
 * stopping one stops everything it spawned (npm -> sh -> vite), and only
 * those: never by name.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

const started: Child[] = [];

export function startChild(name: string, command: string, args: readonly string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { ...options, detached: true });
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)));
    child.once("error", () => resolve(null));
  });
  const entry = { name, process: child, exited };
  started.push(entry);
  return entry;
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  const pid = child.process.pid;
  if (pid === undefined || child.process.exitCode !== null || child.process.signalCode !== null) return;
  try {
    process.kill(-pid, signal); // the whole group this child leads
  } catch {
    try {
      child.process.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops every child this process started (TERM, then KILL after `graceMs`), newest first. */
export async function stopAll(graceMs = 4000): Promise<void> {
  const children = started.splice(0).reverse();
  for (const c of children) signalGroup(c, "SIGTERM");
  await Promise.all(
    children.map(async (c) => {
      const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), graceMs).unref());
      if ((await Promise.race([c.exited, timer])) === "timeout") {
        signalGroup(c, "SIGKILL");
        await Promise.race([c.exited, new Promise((r) => setTimeout(r, 1000).unref())]);
      }
    }),
  );
}

/** Last resort on a synchronous exit: no waiting possible, just KILL the groups. */
export function killAllNow(): void {
  for (const c of started) signalGroup(c, "SIGKILL");
}

export const hasChildren = (): boolean => started.length > 0;
