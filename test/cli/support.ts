// Helpers for the command line's tests: run it in this process with captured streams, or spawn
// the built binary (packages/cli/dist/bin.js) as users do.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliIo, run } from "@accordkg/cli";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "packages", "cli", "dist", "bin.js");
export const GENEVA_JSON = join(ROOT, "packages", "data", "src", "geneva2021", "geneva2021.json");
export const GENEVA_TEXT = join(ROOT, "packages", "data", "src", "geneva2021", "source.ar.txt");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run: a terminal (with its width) or a pipe, environment variables, a folder. */
export interface RunOptions {
  readonly tty?: boolean;
  readonly columns?: number;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

/** Runs the command line in this process (through `run`), capturing what it writes. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const stream = (write: (text: string) => void) => ({
    write,
    isTTY: options.tty === true,
    columns: options.columns ?? 80,
    hasColors: () => true,
  });
  const io: CliIo = {
    stdout: stream((text) => {
      stdout += text;
    }),
    stderr: stream((text) => {
      stderr += text;
    }),
    env: options.env ?? {},
    cwd: options.cwd ?? ROOT,
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

/** Environment for a spawned run: the test's own, without colour or progress settings. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR, FORCE_COLOR, ACCORDKG_PROGRESS, NODE_OPTIONS, ...env } = process.env;
  return { ...env, ...extra };
}

/** Spawns the built binary with `args`, its output piped; `nodeArgs` go to node itself. */
export function spawnCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; nodeArgs?: readonly string[] } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: childEnv(options.env),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A fresh temporary folder. */
export const scratchDir = (name: string) => mkdtempSync(join(tmpdir(), `accordkg-${name}-`));

/** True if `text` has terminal escape sequences (colours, cursor moves). */
export const hasAnsi = (text: string) => text.includes("\u001b[");

/** True if `text` has a stack trace's frames. */
export const hasStackTrace = (text: string) => /\n\s+at .+:\d+:\d+\)?(\n|$)/.test(text);
