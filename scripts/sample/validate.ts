/**
 * Validates a sample programme file before anything is sent: the shape (zod),
 * then the cross-references. A bad file yields ONE message naming the entry
 * and the field, e.g. `entities[12].fields[0]: unknown field "helth"`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findReferenceProblem } from "./references.js";
import { SampleSchema, type Sample } from "./schema.js";

export const DEFAULT_SAMPLE_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/sample-programme.json");

export class SampleValidationError extends Error {
  override name = "SampleValidationError";
}

/** `["entities", 12, "fields", 0]` -> `entities[12].fields[0]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : out === "" ? s : `.${s}`;
  return out === "" ? "(file)" : out;
}

export type SampleCheck = { ok: true; sample: Sample } | { ok: false; message: string };

export function checkSample(raw: unknown): SampleCheck {
  const parsed = SampleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? "" : "s"})` : "";
    return { ok: false, message: `${formatPath(issue?.path ?? [])}: ${issue?.message ?? "invalid"}${suffix}` };
  }
  const problem = findReferenceProblem(parsed.data);
  if (problem) return { ok: false, message: `${formatPath(problem.path)}: ${problem.message}` };
  return { ok: true, sample: parsed.data };
}

/** Parses and validates, or throws a {@link SampleValidationError} with the one message. */
export function parseSample(raw: unknown): Sample {
  const result = checkSample(raw);
  if (!result.ok) throw new SampleValidationError(result.message);
  return result.sample;
}

export async function loadSample(file: string = DEFAULT_SAMPLE_PATH): Promise<Sample> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new SampleValidationError(`${file}: ${(error as Error).message}`);
  }
  try {
    return parseSample(raw);
  } catch (error) {
    if (error instanceof SampleValidationError) throw new SampleValidationError(`${path.relative(process.cwd(), file)}: ${error.message}`);
    throw error;
  }
}
