/** Process helpers for the scale bench: memory figures read from /proc (free ports: scripts/node/free-port.ts). */
import { readFileSync } from "node:fs";

export interface ProcessMemory {
  /** Resident set size now, MB. */
  rssMB: number;
  /** Peak resident set size since the process started (VmHWM), MB. */
  peakRssMB: number;
}

const kbLine = (status: string, name: string): number => {
  const m = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return m ? Number(m[1]) : 0;
};

/** RSS of one process (not its children), from /proc/<pid>/status. Zeros once it is gone. */
export function processMemory(pid: number): ProcessMemory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return { rssMB: Math.round(kbLine(status, "VmRSS") / 1024), peakRssMB: Math.round(kbLine(status, "VmHWM") / 1024) };
  } catch {
    return { rssMB: 0, peakRssMB: 0 };
  }
}

/** The pids of a process's descendants (from /proc/<pid>/task/<pid>/children), depth first. */
export function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** RSS of a process and all its descendants, summed (peak: the sum of each one's peak). */
export function treeMemory(pid: number): ProcessMemory {
  return [pid, ...descendants(pid)]
    .map(processMemory)
    .reduce((a, b) => ({ rssMB: a.rssMB + b.rssMB, peakRssMB: a.peakRssMB + b.peakRssMB }), { rssMB: 0, peakRssMB: 0 });
}

/** Samples a process tree's RSS every `everyMs` until stopped; the highest sum seen. */
export function sampleTreeRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = 0;
  const take = () => {
    peak = Math.max(peak, treeMemory(pid).rssMB);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
