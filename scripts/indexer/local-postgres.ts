/**
 * A throw-away PostgreSQL server for tests and the scale benchmark: Debian's `postgresql` package (binaries in
 * /usr/lib/postgresql/<version>/bin), a cluster in a temporary folder owned by the `postgres`
 * user (initdb refuses to run as root, so every server command runs through `runuser` when we
 * are root), listening on 127.0.0.1 and a free port only, its unix socket in that folder.
 * `stop()` stops the server and removes the folder.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../node/free-port.js";

const run = promisify(execFile);

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  version: string;
  /** Runs SQL through psql; returns its unaligned, tuples-only output. */
  psql(sql: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest /usr/lib/postgresql/<v>/bin holding initdb, or a clear error naming the package. */
export function findPostgresBin(): { bin: string; version: string } {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions[0];
  if (!version) {
    throw new Error(
      "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb. Install Debian's package " +
        "(`apt-get install postgresql`; .ci/run does it) to run the indexer's PostgreSQL test.",
    );
  }
  return { bin: path.join(base, version, "bin"), version };
}

export async function startPostgres(database = "pilot"): Promise<PostgresServer> {
  const { bin, version } = findPostgresBin();
  const asRoot = userInfo().uid === 0;
  const dir = await mkdtemp(path.join(tmpdir(), "pilot-pg-"));
  const dataDir = path.join(dir, "data");
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]).catch(() => {
      throw new Error("running as root, but there is no `postgres` user to run PostgreSQL as (Debian's package creates it)");
    });
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    await chmod(dir, 0o700);
  }
  const as = (command: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, command), ...args], { cwd: dir }) : run(path.join(bin, command), args, { cwd: dir });

  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await as("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]).catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await as("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"]);
    const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
    await as("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
    started = true;
    await as("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  } catch (error) {
    await stop();
    const e = error as Error & { stderr?: string };
    throw new Error(`could not start PostgreSQL ${version}: ${e.stderr?.trim() || e.message}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    version,
    psql: async (sql: string) =>
      (
        await run(path.join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])
      ).stdout.trim(),
    stop,
  };
}
