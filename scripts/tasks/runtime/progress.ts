/**
 * A progress bar on stderr for long tasks (cli-progress), shown only on a
 * terminal and never with --quiet, so pipes, logs and tests stay clean.
 */
import cliProgress from "cli-progress";

export interface Progress {
  /** Starts (or restarts) the bar for one phase of `total` units. */
  phase(label: string, total: number, unit: string): void;
  update(value: number): void;
  stop(): void;
}

const SILENT: Progress = { phase() {}, update() {}, stop() {} };

export function progressBar(options: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{phase} |{bar}| {percentage}% {value}/{total} {unit} | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    phase(label, total, unit) {
      if (running) bar.stop();
      bar.start(Math.max(total, 0), 0, { phase: label.padEnd(12), unit });
      running = true;
    },
    update(value) {
      if (running) bar.update(value);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
