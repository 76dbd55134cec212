import { type AccordGraph, buildGraph } from "@accordkg/core";
import type { Dataset } from "@accordkg/data";
import type { HeapWork } from "./heap";
import { type CliIo, type Colours, coloursFor } from "./io";
import { countRecords, loadDataset } from "./loadDatasets";
import { type Progress, progressOn } from "./progress";

/** The options every command that reads datasets takes. */
export interface DataOptions {
  readonly data: string[];
  readonly builtin: boolean;
  readonly heapCheck: boolean;
  readonly quiet?: true;
  readonly progress?: true;
}

/** What a command needs from the run: where to write, in which colours, at which width. */
export class Context {
  readonly out: Colours;
  readonly err: Colours;

  constructor(
    readonly io: CliIo,
    /** The command line as typed, for messages that suggest running it again. */
    readonly commandLine: string,
  ) {
    this.out = coloursFor(io.stdout, io.env);
    this.err = coloursFor(io.stderr, io.env);
  }

  /** The terminal's width for tables, or undefined when standard output is not a terminal. */
  get width(): number | undefined {
    const { stdout } = this.io;
    return stdout.isTTY === true ? (stdout.columns ?? 80) : undefined;
  }

  /** Writes lines to standard output. */
  print(text: string): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** Writes a note to standard error (never part of the answer). */
  note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /** Progress on standard error, as the options and the environment ask. */
  progress(options: { readonly quiet?: true; readonly progress?: true }): Progress {
    return progressOn(this.io.stderr, {
      quiet: options.quiet === true,
      force: options.progress === true || this.io.env.ACCORDKG_PROGRESS === "1",
    });
  }

  /** The built-in dataset merged with the --data files, for `work`. */
  dataset(options: DataOptions, work: HeapWork): Promise<Dataset> {
    return loadDataset(
      options.data,
      options.builtin,
      work,
      {
        cwd: this.io.cwd,
        progress: this.progress(options),
        heapCheck: options.heapCheck,
        commandLine: this.commandLine,
      },
      this.err,
    );
  }

  /** The built-in dataset merged with the --data files, and its graph. */
  async graph(options: DataOptions): Promise<{ dataset: Dataset; graph: AccordGraph }> {
    const dataset = await this.dataset(options, "graph");
    const records = countRecords(dataset);
    const phase = this.progress(options).phase("building", records, "records");
    const graph = buildGraph(dataset);
    phase.finish(records);
    return { dataset, graph };
  }
}
