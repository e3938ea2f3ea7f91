import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
// The catalogues; jsdom's browser language is en-US, so the tests read English.
import "../i18n";

// Vitest runs without globals, so Testing Library's auto-cleanup is not registered.
afterEach(cleanup);
