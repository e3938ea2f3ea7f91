/**
 * A task's options as words on a command line, both ways: `propose -- create-zone --name Xiamen`
 * reads the words after `--` with the named task's own option definitions, and a governed office's
 * refusal writes a task's arguments back as the `propose` command to type instead.
 */
import type { Task } from "hardhat/types/tasks";
import { ArgumentType } from "hardhat/types/arguments";
import { CliError } from "./cli-error.js";

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** `--name Xiamen --region=Fujian --json` → `{ name: "Xiamen", region: "Fujian", json: true }`, defaults filled in. */
export function parseTaskWords(task: Task, words: readonly string[], refuse: readonly string[] = []): Record<string, unknown> {
  const id = task.id.join(" ");
  const args: Record<string, unknown> = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("--")) throw new CliError(`${id} takes options (--name value), not "${word}"`);
    const eq = word.indexOf("=");
    const name = camel(word.slice(2, eq < 0 ? undefined : eq));
    const option = task.options.get(name);
    if (!option || option.hidden) throw new CliError(`${id} has no option --${kebab(name)} (npx hardhat ${id} --help lists them)`);
    if (refuse.includes(name)) throw new CliError(`--${kebab(name)} goes before "--", not after ${id}`);
    if (Object.hasOwn(args, name)) throw new CliError(`--${kebab(name)} is given twice`);
    if (option.type === ArgumentType.FLAG) {
      args[name] = true;
      continue;
    }
    const value = eq >= 0 ? word.slice(eq + 1) : words[++i];
    if (value === undefined) throw new CliError(`--${kebab(name)} of ${id} needs a value`);
    args[name] = value;
  }
  for (const [name, option] of task.options) if (!Object.hasOwn(args, name)) args[name] = option.type === ArgumentType.FLAG ? false : option.defaultValue;
  return args;
}

/** Quotes a word for a POSIX shell when it needs it. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The options of `args` that differ from the task's defaults, as command-line words (`--name Xiamen`); `skip` leaves some out. */
export function taskWords(task: Task, args: Record<string, unknown>, skip: readonly string[] = []): string[] {
  const words: string[] = [];
  for (const [name, option] of task.options) {
    const value = args[name];
    if (skip.includes(name) || value === undefined || value === option.defaultValue || value === false || value === "") continue;
    words.push(`--${kebab(name)}`);
    if (value !== true) words.push(shellWord(String(value)));
  }
  return words;
}

/** `npx hardhat --network localhost propose --description '…' -- create-zone --name Xiamen`, ready to paste. */
export function proposeCommand(networkName: string, task: Task, args: Record<string, unknown>): string {
  const network = networkName === "default" ? "" : `--network ${shellWord(networkName)} `;
  return `npx hardhat ${network}propose --description "…" -- ${[task.id.join(" "), ...taskWords(task, args, ["from"])].join(" ")}`;
}

/** `npx hardhat --network localhost renew-office --account 0x…`, the task run directly, ready to paste. */
export function taskCommand(networkName: string, task: Task, args: Record<string, unknown>): string {
  const network = networkName === "default" ? "" : `--network ${shellWord(networkName)} `;
  return `npx hardhat ${network}${[task.id.join(" "), ...taskWords(task, args, ["from"])].join(" ")}`;
}
