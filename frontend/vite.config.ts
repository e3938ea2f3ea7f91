/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from "node:fs";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The dApp's test files, split by whether they replace modules with `vi.mock`. Those run isolated
 * (a fresh module registry and jsdom per file, so that their mocks apply); the others share one
 * registry and one jsdom per worker (`isolate: false`), which takes the suite from ~29 s to ~8 s.
 * Every test cleans up after itself (src/test/setup.ts), so sharing changes no outcome.
 */
const TEST_FILE = /\.test\.tsx?$/;
const testFiles = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((file) => TEST_FILE.test(file))
  .map((file) => `src/${file.replaceAll("\\", "/")}`);
const mocksModules = (file: string) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, "utf8"));
const isolatedFiles = testFiles.filter(mocksModules);
const sharedFiles = testFiles.filter((file) => !mocksModules(file));

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
