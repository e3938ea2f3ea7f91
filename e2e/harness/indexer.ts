/**
 * The programme's indexer for the end-to-end tests: engineer A's runner
 * (scripts/indexer/indexer-process.ts `startIndexer`), loaded through tsx because the scripts
 * use `.js` import specifiers that Node's own type stripping does not map to `.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";

/** The runner's options the e2e uses (scripts/indexer/indexer-process.ts `IndexerOptions`; not imported: the scripts are type-checked on their own). */
export interface IndexerOptions {
  readonly rpcUrl: string;
  readonly chainId: number;
  readonly programme: `0x${string}`;
  readonly startBlock: bigint | number;
  readonly port?: number;
  readonly dataDir?: string;
  readonly log?: (line: string) => void;
}

export interface RunningIndexer {
  readonly url: string;
  stop(): Promise<void>;
  waitForBlock(block: bigint, timeoutMs?: number): Promise<void>;
}

interface RunnerModule {
  startIndexer(opts: IndexerOptions): Promise<RunningIndexer>;
}

/** Starts an indexer on its own temporary PGlite directory; `stop()` also removes it. Resolves after /ready. */
export async function startE2EIndexer(opts: Omit<IndexerOptions, "dataDir">): Promise<RunningIndexer & { readonly log: readonly string[] }> {
  const mod = (await tsImport("../../scripts/indexer/indexer-process.ts", import.meta.url)) as RunnerModule;
  const dir = mkdtempSync(join(tmpdir(), "pilot-e2e-index-"));
  const log: string[] = [];
  process.env["PONDER_TELEMETRY_DISABLED"] = "true";
  try {
    const running = await mod.startIndexer({ ...opts, dataDir: join(dir, "pglite"), log: (line) => void log.push(line) });
    return {
      ...running,
      log,
      stop: async () => {
        await running.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the indexer did not start: ${error instanceof Error ? error.message : String(error)}\n${log.slice(-20).join("\n")}`);
  }
}
