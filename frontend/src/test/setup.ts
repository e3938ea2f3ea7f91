import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll, vi } from "vitest";
// The catalogues; jsdom's browser language is en-US, so the tests read English.
import i18n from "../i18n";

// Vitest runs this file before every test file. Most files share one module registry and one
// environment per worker (vite.config.ts, `isolate: false`): each file starts from what a fresh one
// would give it, whatever the file before it left (files marked `@vitest-environment node` have no DOM).
beforeAll(async () => {
  vi.useRealTimers();
  if (typeof window !== "undefined") {
    window.document.body.replaceChildren();
    window.localStorage.clear();
    window.sessionStorage.clear();
  }
  await i18n.changeLanguage("en");
});

// Vitest runs without globals, so Testing Library's auto-cleanup is not registered.
afterEach(cleanup);
