// @ts-check
/**
 * ESLint for the repository's TypeScript (docs/static-checks.md): root scripts, tests, sdk, bench,
 * indexer, ignition and the configs; the dApp's src, e2e and vite config. `npm run lint:ts`.
 *
 * Rule sets: ESLint's and typescript-eslint's recommended ones (syntax only: the type checks are
 * tsc's), React's hook rules for the dApp, and import-x for what the imports may reach: the
 * folder boundaries below and no import circles.
 */
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The tsconfigs whose module resolution the import rules follow (`@pilot/sdk` is a workspace package). */
const TSCONFIGS = ["tsconfig.json", "indexer/tsconfig.json", "frontend/tsconfig.app.json", "frontend/tsconfig.node.json", "e2e/tsconfig.json"];

export default tseslint.config(
  {
    // generated, built or recorded files; never edited by hand
    ignores: [
      "**/node_modules/",
      "artifacts/",
      "artifacts-spartan/",
      "cache/",
      "cache-spartan/",
      "coverage/",
      "types/",
      "frontend/dist/",
      "frontend/src/generated/",
      "sdk/generated/",
      "indexer/generated/",
      "indexer/.ponder/",
      ".ponder/",
      "bench/results/",
      "bench/.cache/",
      "ignition/deployments/",
      "deployments/",
      "test-results/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    settings: {
      // import-x parses the imported files too (for no-cycle): TypeScript's parser for .ts/.tsx
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: TSCONFIGS, noWarnOnMultipleProjects: true })],
    },
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field dropped, a callback's unused argument)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Circles among our own files, dynamic import() included (packages are not walked: ignoreExternal
      // keeps the check fast).
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./sdk",
              from: "./",
              except: ["./sdk", "./node_modules"],
              message: "sdk/ is shared by the contracts' tooling, the indexer and the dApp: it imports only packages and its own files.",
            },
            {
              target: ["./scripts", "./test", "./bench", "./indexer"],
              from: "./frontend",
              message: "the dApp's code stays in the dApp: move what both need to sdk/.",
            },
            {
              target: ["./frontend/src/data", "./frontend/src/tx", "./frontend/src/config", "./frontend/src/format"],
              from: ["./frontend/src/components", "./frontend/src/pages"],
              message: "data/, tx/, config/ and format/ are below the views: components and pages import them, never the other way.",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS files (a mocha reporter, which mocha loads with require())
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["frontend/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    // The two rules of hooks, not the React Compiler's rules that the plugin's `recommended` adds since
    // v6: the dApp is not compiled with it, they take most of ESLint's time (the compiler's analysis),
    // and what they flag here is deliberate (docs/static-checks.md).
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      // a dependency left out is a stale value: an error, not the plugin's warning
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
