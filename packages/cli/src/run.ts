import { AccordError, InvalidArgumentsError, NotFoundError } from "@accordkg/core";
import {
  COMMITMENT_KINDS,
  type CommitmentKind,
  DatasetError,
  EVIDENCE_GRADES,
} from "@accordkg/data";
import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
  type OptionValues,
} from "@commander-js/extra-typings";
import packageJson from "../package.json" with { type: "json" };
import { CliError, EXIT } from "./cliError";
import { explore } from "./commands/explore";
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportFormatFor,
  exportFormatNamed,
  exportGraph,
} from "./commands/export";
import { locate } from "./commands/locate";
import {
  queryAbout,
  queryAccounts,
  queryAgreed,
  queryConnection,
  queryDiscussed,
  queryEvidence,
  queryNeighborhood,
  queryOf,
  queryPerspectives,
  querySearch,
  queryStatedBy,
  queryUnilateral,
} from "./commands/query";
import { printStats, statsOf } from "./commands/stats";
import { validate } from "./commands/validate";
import { Context, type DataOptions } from "./context";
import { type CliIo, processIo } from "./io";
import { invalidReport } from "./report";

/** `a,b` and repeated options into one list: `--parties a,b --parties c` is `[a, b, c]`. */
function list(value: string, previous: readonly string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

/** Each value of a repeatable option, in order. */
const repeat = (value: string, previous: readonly string[] = []) => [...previous, value];

function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new InvalidArgumentError("expected a whole number from 0");
  return parsed;
}

function depth(value: string): number {
  if (value === "all" || value === "Infinity") return Number.POSITIVE_INFINITY;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new InvalidArgumentError("expected a whole number from 0, or all");
  return parsed;
}

const KINDS = Object.keys(COMMITMENT_KINDS);
const isCommitmentKind = (kind: string): kind is CommitmentKind =>
  Object.hasOwn(COMMITMENT_KINDS, kind);

function kinds(value: string, previous: readonly CommitmentKind[] = []): CommitmentKind[] {
  const given = list(value);
  const unknown = given.filter((kind) => !isCommitmentKind(kind));
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `unknown kind ${unknown.join(", ")}; kinds: ${KINDS.join(", ")}`,
    );
  return [...previous, ...given.filter(isCommitmentKind)];
}

/** The options of every command that reads datasets, each documented in its --help. */
function dataOptions<
  Args extends unknown[],
  Opts extends OptionValues,
  Globals extends OptionValues,
>(command: Command<Args, Opts, Globals>) {
  return command
    .addOption(
      new Option(
        "--data <file>",
        "a dataset file (JSON) to merge with the built-in dataset; repeatable",
      )
        .argParser(repeat)
        .default([] as string[]),
    )
    .addOption(new Option("--no-builtin", "leave out the built-in dataset (Geneva 2021)"))
    .addOption(progressOptions[0])
    .addOption(progressOptions[1])
    .addOption(progressOptions[2]);
}

const progressOptions = [
  new Option("-q, --quiet", "no progress on standard error"),
  new Option("--progress", "show progress on standard error even when it is not a terminal"),
  new Option(
    "--no-heap-check",
    "build even when the records look too many for the heap (see the estimate in the message)",
  ),
] as const;

const jsonOption = () =>
  new Option("--json", "print JSON (the records as the datasets hold them) instead of a table");

/** The `accordkg` program, its commands writing through `ctx`. `status` receives the exit status. */
function program(ctx: Context, status: { code: number }) {
  const root = new Command("accordkg")
    .description(
      "Validate, query and inspect knowledge graphs of diplomatic texts: who committed to what, with whom, who says so, and the exact words of the source.",
    )
    .version(packageJson.version, "-V, --version")
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "accordkg: ")),
    })
    .addHelpText(
      "after",
      `
Exit status: 0 done, 1 invalid data or work that could not be done, 2 a usage error.
query, stats, locate, explore and export read the built-in Geneva 2021 dataset merged with each --data file;
validate checks the files it is given (--with geneva2021 for files that extend Geneva).
Examples:
  accordkg query agreed --parties united-states,russia
  accordkg validate my-notes.json --with geneva2021
  accordkg locate --source geneva-2021-summit-report-ar "جو بايدن"
  accordkg export --out geneva.nq`,
    );
  const sub = <Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
    command: Command<Args, Opts, Globals>,
  ) =>
    command
      .exitOverride()
      .configureOutput(root.configureOutput())
      .showHelpAfterError("(add --help for usage)");

  root.addCommand(
    sub(
      new Command("validate")
        .description(
          "Validate dataset files: every problem with its path, code and a suggestion, then their merge.",
        )
        .argument("<files...>", "dataset files (JSON), relative to the current folder")
        .addOption(
          new Option(
            "--with <dataset>",
            "a dataset the files extend (geneva2021, or a file): references may point into it; repeatable",
          )
            .argParser(repeat)
            .default([] as string[]),
        )
        .addOption(progressOptions[0])
        .addOption(progressOptions[1])
        .addOption(progressOptions[2])
        .action(async (files, options) => {
          status.code = await validate(ctx, files, options);
        }),
    ),
  );

  const query = new Command("query").description(
    "Ask the graph: agreements, commitments of an actor or about a topic, evidence, search, neighbourhoods.",
  );
  const graphOf = async (options: DataOptions) => (await ctx.graph(options)).graph;
  query.addCommand(
    sub(
      dataOptions(
        new Command("agreed")
          .description(
            "The agreements that bind every one of the parties (a person stands for the state they represent).",
          )
          .addOption(
            new Option("--parties <ids>", "actor ids, comma-separated (united-states,russia)")
              .argParser(list)
              .makeOptionMandatory(),
          )
          .addOption(
            new Option(
              "--min-grade <grade>",
              "only agreements whose evidence is graded this or better (joint: a text all the parties issued together; concordant: each party's own account)",
            ).choices(EVIDENCE_GRADES),
          )
          .addOption(jsonOption()),
      ).action(async (options) =>
        queryAgreed(
          ctx,
          await graphOf(options),
          options.parties,
          options.minGrade,
          options.json === true,
        ),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("of")
          .description("The commitments an actor is a party to.")
          .argument("<actor>", "an actor id (joe-biden)")
          .addOption(
            new Option(
              "--kinds <kinds>",
              `only these kinds, comma-separated (${KINDS.join(", ")})`,
            ).argParser(kinds),
          )
          .addOption(jsonOption()),
      ).action(async (actor, options) =>
        queryOf(ctx, await graphOf(options), actor, options.kinds, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("about")
          .description("The commitments about a topic or a topic under it.")
          .argument("<topic>", "a topic id (ukraine-file)")
          .addOption(jsonOption()),
      ).action(async (topic, options) =>
        queryAbout(ctx, await graphOf(options), topic, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("unilateral")
          .description("What an actor pledged, proposed, warned or demanded on its own account.")
          .argument("<actor>", "an actor id")
          .addOption(jsonOption()),
      ).action(async (actor, options) =>
        queryUnilateral(ctx, await graphOf(options), actor, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("stated-by")
          .description(
            "Everything attributed to one speaker: the commitments and claims they state.",
          )
          .argument("<actor>", "an actor id")
          .addOption(jsonOption()),
      ).action(async (actor, options) =>
        queryStatedBy(ctx, await graphOf(options), actor, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("discussed")
          .description("The topics the parties raised together but did not agree on.")
          .addOption(
            new Option("--parties <ids>", "actor ids, comma-separated")
              .argParser(list)
              .makeOptionMandatory(),
          )
          .addOption(jsonOption()),
      ).action(async (options) =>
        queryDiscussed(ctx, await graphOf(options), options.parties, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("search")
          .description(
            "Find actors, topics and events by name, and statements by their words, in English or Arabic.",
          )
          .argument("<text>", "what to look for")
          .addOption(jsonOption()),
      ).action(async (text, options) =>
        querySearch(ctx, await graphOf(options), text, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("evidence")
          .description(
            "The evidence of a record: each quote with its [start, end) offsets and its source.",
          )
          .argument("<id>", "the id of a commitment, claim or event")
          .addOption(jsonOption()),
      ).action(async (id, options) =>
        queryEvidence(ctx, await graphOf(options), id, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("perspectives")
          .description(
            "Each side's account of what was agreed: agreed according to every side, to one side only, to third parties only, and where accounts differ.",
          )
          .addOption(
            new Option("--parties <ids>", "actor ids, comma-separated")
              .argParser(list)
              .makeOptionMandatory(),
          )
          .addOption(jsonOption()),
      ).action(async (options) =>
        queryPerspectives(ctx, await graphOf(options), options.parties, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("accounts")
          .description(
            "Every account of a commitment or claim (who says so, where, in which words, framed how) and its evidence grade.",
          )
          .argument("<id>", "the id of a commitment or claim")
          .addOption(jsonOption()),
      ).action(async (id, options) =>
        queryAccounts(ctx, await graphOf(options), id, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("neighborhood")
          .description("The records within a number of edges of a record.")
          .argument("<id>", "the id of any record")
          .addOption(
            new Option("--depth <n>", "how many edges out (a whole number, or all)")
              .argParser(depth)
              .default(1),
          )
          .addOption(jsonOption()),
      ).action(async (id, options) =>
        queryNeighborhood(ctx, await graphOf(options), id, options.depth, options.json === true),
      ),
    ),
  );
  query.addCommand(
    sub(
      dataOptions(
        new Command("connection")
          .description("The shortest chain of records that links two records.")
          .argument("<a>", "the id of a record")
          .argument("<b>", "the id of another record")
          .addOption(jsonOption()),
      ).action(async (a, b, options) =>
        queryConnection(ctx, await graphOf(options), a, b, options.json === true),
      ),
    ),
  );
  root.addCommand(sub(query));

  root.addCommand(
    sub(
      dataOptions(
        new Command("stats")
          .description(
            "Records by collection and kind, sources and their languages, the graph's size.",
          )
          .addOption(jsonOption()),
      ).action(async (options) => {
        const { dataset, graph } = await ctx.graph(options);
        printStats(ctx, statsOf(dataset, graph), options.json === true);
      }),
    ),
  );

  root.addCommand(
    sub(
      dataOptions(
        new Command("explore")
          .description(
            "Write the graph as one self-contained HTML page to explore in a browser (offline): search, each side's words, the agreements.",
          )
          .addOption(
            new Option("--out <file>", "the page to write, relative to the current folder").default(
              "explorer.html",
            ),
          )
          .addOption(new Option("--title <title>", "the page's title"))
          .addOption(
            new Option(
              "--parties <ids>",
              "the actors whose agreements the page's toggle highlights (default: the pair with the most)",
            ).argParser(list),
          )
          .addOption(
            new Option("--language <tag>", "the language of the labels at first")
              .choices(["en", "ar"] as const)
              .default("en" as const),
          )
          .addOption(
            new Option("--seed <n>", "the layout's seed: same seed, same page")
              .argParser(wholeNumber)
              .default(1),
          ),
      ).action(async (options) => {
        status.code = await explore(ctx, await graphOf(options), options);
      }),
    ),
  );
  root.addCommand(
    sub(
      dataOptions(
        new Command("export")
          .description(
            "Write the graph for the tools of the field: RDF for triple stores and SPARQL (Turtle, TriG, N-Quads, JSON-LD), GEXF for Gephi, GraphML for networkx, yEd and Cytoscape, PLOVER event records. Streamed, for large graphs.",
          )
          .addOption(
            new Option(
              "--format <format>",
              `${EXPORT_FORMAT_NAMES.join(", ")} (below); without it, --out's extension chooses`,
            ).argParser((value) => {
              const format = exportFormatNamed(value);
              if (format === undefined)
                throw new InvalidArgumentError(
                  `unknown format; formats: ${EXPORT_FORMAT_NAMES.join(", ")} (--help says what each is)`,
                );
              return format;
            }),
          )
          .addOption(
            new Option(
              "--out <file>",
              "the file to write, relative to the current folder (replaced only once the export is complete); standard output without it, or with -",
            ),
          )
          .addOption(
            new Option(
              "--invalid-characters <mode>",
              "GEXF and GraphML: text XML 1.0 cannot carry (control characters) is refused, or replaced with U+FFFD",
            )
              .choices(["error", "replace"] as const)
              .default("error" as const),
          )
          .addHelpText(
            "after",
            `
Formats (and the --out extension that chooses each):
${EXPORT_FORMAT_NAMES.map((name) => `  ${name.padEnd(8)} ${EXPORT_FORMATS[name].extension.padEnd(9)} ${EXPORT_FORMATS[name].what}`).join("\n")}
Examples:
  accordkg export --out geneva.nq
  accordkg export --format ttl | less
  accordkg export --format gexf --data my-notes.json --out notes.gexf`,
          ),
      ).action(async (options) => {
        // A missing format is a usage error before any data is read.
        const format = exportFormatFor(options.format, options.out);
        status.code = await exportGraph(ctx, format, options, () => graphOf(options));
      }),
    ),
  );
  root.addCommand(
    sub(
      dataOptions(
        new Command("locate")
          .description(
            "Find a quote in a source: every occurrence with its [start, end) in UTF-16 code units, and an evidence object to paste.",
          )
          .argument("<quote>", "the words to find, exactly as the source writes them")
          .addOption(
            new Option(
              "--source <file-or-id>",
              "a text file (relative to the current folder) or a source id of the datasets",
            ).makeOptionMandatory(),
          )
          .addOption(
            new Option(
              "--near <words>",
              "words near the occurrence you mean, when the quote occurs more than once",
            ),
          )
          .addOption(
            new Option(
              "--source-id <id>",
              "the source id the evidence names, for a file (default: from its name)",
            ),
          )
          .addOption(new Option("--json", "print the evidence objects as JSON")),
      ).action(async (quote, options) => {
        status.code = await locate(ctx, quote, options);
      }),
    ),
  );
  return root;
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs the `accordkg` command line with `args` (without the `node` and script paths) and returns
 * its exit status: 0 done, 1 invalid data or work that could not be done, 2 a usage error. Output
 * goes to `io`'s streams (the process's by default); errors are one line on standard error, then
 * their details, never a stack trace for bad input.
 *
 * @example
 *   const status = await run(["query", "agreed", "--parties", "united-states,russia"]);
 */
export async function run(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx = new Context(
    io,
    ["accordkg", ...args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)))].join(
      " ",
    ),
  );
  const status = { code: EXIT.ok };
  const fail = (message: string, code: number, details = "") => {
    io.stderr.write(
      `${ctx.err.red("accordkg:")} ${message}\n${details === "" ? "" : `${details}\n`}`,
    );
    return code;
  };
  try {
    await program(ctx, status).parseAsync([...args], { from: "user" });
    return status.code;
  } catch (error) {
    if (error instanceof CommanderError)
      // Help and version are exit 0; commander has already printed its message for the rest.
      return error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        (error.code === "commander.help" && error.exitCode === 0)
        ? EXIT.ok
        : EXIT.usage;
    if (error instanceof CliError) return fail(error.message, error.status, error.details);
    if (error instanceof NotFoundError || error instanceof InvalidArgumentsError)
      return fail(error.message.slice(error.functionName.length + 2), EXIT.usage);
    if (error instanceof DatasetError)
      return fail(
        `${error.issues.length} problems in the data`,
        EXIT.failed,
        invalidReport("data", error.issues, ctx.err),
      );
    if (error instanceof AccordError) return fail(error.message, EXIT.failed);
    return fail(
      `internal error: ${describeError(error)}`,
      EXIT.failed,
      `This is a bug in accordkg, not in your data; please report it with this trace:\n${error instanceof Error ? error.stack : ""}`,
    );
  }
}
