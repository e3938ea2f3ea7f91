/**
 * A free TCP port on the loopback interface: every server of the repository (nodes, guards,
 * indexers, Postgres, the dApp's preview) listens on 127.0.0.1 only, never on 0.0.0.0.
 */
import { createServer } from "node:net";

/** The only host the local servers listen on. */
export const LOOPBACK = "127.0.0.1";

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it; the caller binds it next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `port` can be bound on 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, LOOPBACK, () => server.close(() => resolve(true)));
  });
}
