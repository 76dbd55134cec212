import { SingleBar } from "cli-progress";
import type { CliStream } from "./io";

/** What a phase counts: records, or bytes (shown in MB). */
export type ProgressUnit = "records" | "bytes";

/** One phase of long work (reading, parsing, validating, building), shown as one line. */
export interface ProgressPhase {
  /** How much is done so far, in the phase's unit. */
  update(done: number): void;
  /** Ends the phase: its last line stays, with the total done and the rate. */
  finish(done?: number): void;
}

/** Shows long work on standard error; a no-op where progress is off. */
export interface Progress {
  readonly enabled: boolean;
  phase(label: string, total: number, unit: ProgressUnit): ProgressPhase;
  /**
   * A phase whose total is not known in advance, such as the bytes an export writes: what is
   * done, the rate and the time, without a bar. `records` is the size of the work behind it, for
   * the rule that leaves short phases out.
   */
  writing(label: string, records: number): ProgressPhase;
}

const number = new Intl.NumberFormat("en-US");
const megabytes = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const show = (value: number, unit: ProgressUnit) =>
  unit === "bytes" ? `${megabytes.format(value / 1e6)} MB` : `${number.format(value)} records`;
const count = (value: number, unit: ProgressUnit) =>
  unit === "bytes" ? megabytes.format(value / 1e6) : number.format(value);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const SILENT: ProgressPhase = { update() {}, finish() {} };
const OFF: Progress = { enabled: false, phase: () => SILENT, writing: () => SILENT };

/** On a terminal, phases smaller than this are not shown: they end before anyone could read them. */
const LONG: Readonly<Record<ProgressUnit, number>> = { records: 10_000, bytes: 10e6 };

/**
 * Progress on `stream` (standard error) through cli-progress: a bar per phase with its name,
 * what is done out of the total, the rate and the time spent. On when `stream` is a terminal, or
 * when `force` asks for it (then a pipe gets one plain line per redraw); off with `quiet`.
 * Validation and the graph build are single calls into the library, so they show their start and
 * their end (with the rate); reading and parsing a file move as they go, and so does an export's
 * writing (in MB, its size unknown until it ends). Unless forced, short phases (under 10,000
 * records or 10 MB) are not shown.
 */
export function progressOn(
  stream: CliStream,
  options: { quiet: boolean; force: boolean },
): Progress {
  if (options.quiet || !(options.force || stream.isTTY === true)) return OFF;
  /** A bar (or, without a total, a line) that shows `done`, the rate and the time spent. */
  const display = (label: string, total: number | undefined, unit: ProgressUnit): ProgressPhase => {
    const started = performance.now();
    const bar = new SingleBar({
      // cli-progress only calls write, isTTY and columns on it (and readline's cursor moves).
      stream: stream as NodeJS.WritableStream,
      format:
        total === undefined
          ? `${label.padEnd(10)} {done} ${unit === "bytes" ? "MB" : "records"} | {rate} | {elapsed}`
          : `${label.padEnd(10)} {bar} {done}/{all} | {rate} | {elapsed}`,
      barsize: 20,
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: false,
      noTTYOutput: true,
      notTTYSchedule: 1000,
      fps: 8,
    });
    const payload = (done: number) => {
      const elapsed = performance.now() - started;
      const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0;
      return {
        done: count(done, unit),
        all: total === undefined ? "" : show(total, unit),
        rate: `${count(unit === "bytes" ? rate : Math.round(rate), unit)} ${unit === "bytes" ? "MB" : "records"}/s`,
        elapsed: seconds(elapsed),
      };
    };
    bar.start(total ?? 0, 0, payload(0));
    let last = 0;
    return {
      update(done) {
        last = done;
        bar.update(done, payload(done));
      },
      finish(done = total ?? last) {
        last = done;
        bar.update(last, payload(last));
        bar.stop();
      },
    };
  };
  return {
    enabled: true,
    phase(label, total, unit) {
      if (!options.force && total < LONG[unit]) return SILENT;
      return display(label, total, unit);
    },
    writing(label, records) {
      if (!options.force && records < LONG.records) return SILENT;
      return display(label, undefined, "bytes");
    },
  };
}
