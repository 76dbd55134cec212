import { createColors } from "picocolors";

/** Where a stream of the command line writes, and what it knows about its terminal. */
export interface CliStream {
  write(text: string): unknown;
  /** True when the stream is a terminal (colours, progress and wrapped tables are for people). */
  readonly isTTY?: boolean;
  /** The terminal's width in columns, when it is one. */
  readonly columns?: number;
  /** Node's own answer for a terminal: false for TERM=dumb, NO_COLOR, NODE_DISABLE_COLORS. */
  hasColors?(): boolean;
}

/**
 * What a run of the command line reads and writes: its two output streams, its environment and
 * its working folder (file arguments are relative to it). {@link run} takes the process's own by
 * default; tests and programs that embed the command line pass their own.
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The process's streams, environment and working folder. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Whether to colour what goes to `stream`: on a terminal that supports colour, unless NO_COLOR
 * says not to; anywhere when FORCE_COLOR asks for it (`FORCE_COLOR=0` turns colour off), the
 * rule Node's own `util.styleText` follows in its newer versions.
 *
 * @example
 *   usesColour(process.stdout, process.env); // => true in a terminal, false in a pipe
 */
export function usesColour(stream: CliStream, env: CliIo["env"]): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream.isTTY === true && (stream.hasColors?.() ?? true);
}

/** picocolors' functions, on or off. */
export type Colours = ReturnType<typeof createColors>;

/** The colour functions for `stream`: identity functions where colour is off. */
export function coloursFor(stream: CliStream, env: CliIo["env"]): Colours {
  return createColors(usesColour(stream, env));
}
