/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The dApp's test files, split by whether they replace modules with `vi.mock`. Those run isolated
 * (a fresh module registry and jsdom per file, so that their mocks apply); the others share one
 * registry and one jsdom per worker (`isolate: false`), which takes the suite from ~29 s to ~13.5 s.
 * Every test cleans up after itself (src/test/setup.ts), so sharing changes no outcome. Paths are
 * relative to this folder, the project's root, wherever vitest is started from.
 */
const TEST_FILE = /\.test\.tsx?$/;
const MOCKS_MODULES = /\bvi\.(do)?[mM]ock\(/;
const isolatedFiles: string[] = [];
const sharedFiles: string[] = [];
for (const file of readdirSync(join(import.meta.dirname, "src"), { recursive: true, encoding: "utf8" })) {
  if (!TEST_FILE.test(file)) continue;
  const path = `src/${file.replaceAll("\\", "/")}`;
  (MOCKS_MODULES.test(readFileSync(join(import.meta.dirname, path), "utf8")) ? isolatedFiles : sharedFiles).push(path);
}

// Dev server and preview bind to the loopback interface only.
export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  preview: { host: "127.0.0.1", port: 4173, strictPort: false },
  build: { sourcemap: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    projects: [
      { extends: true, test: { name: "shared", include: sharedFiles, isolate: false } },
      { extends: true, test: { name: "isolated", include: isolatedFiles } },
    ],
  },
});
