// Runs examples/validate.ts once per argument list, all in this one process, so a test can put the
// real script through a hundred files without paying Node's start-up a hundred times. Each run
// imports the script afresh (a new URL each time) with its own process.argv, and records its exit
// code and everything it printed. process.exit is caught, not obeyed.
//
//   node --conditions=@accordkg/source --import tsx test/reliability/validateInProcess.ts <in.json> <out.json>
//
// <in.json> holds a list of argument lists; <out.json> receives a list of { status, output }.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const validate = fileURLToPath(new URL("../../examples/validate.ts", import.meta.url));

class Exit extends Error {
  constructor(readonly status: number) {
    super(`process.exit(${status})`);
  }
}

export interface InProcessRun {
  status: number;
  output: string;
}

async function runAll(argumentLists: readonly string[][]): Promise<InProcessRun[]> {
  const results: InProcessRun[] = [];
  const { log, error } = console;
  const { exit, argv } = process;
  try {
    for (const [index, args] of argumentLists.entries()) {
      let output = "";
      const capture = (...parts: unknown[]) => {
        output += `${parts.map(String).join(" ")}\n`;
      };
      console.log = capture;
      console.error = capture;
      process.exit = ((status?: number) => {
        throw new Exit(status ?? 0);
      }) as typeof process.exit;
      process.argv = [argv[0] as string, validate, ...args];
      process.exitCode = undefined;
      let status: number;
      try {
        await import(`${pathToFileURL(validate).href}?run=${index}`);
        status = Number(process.exitCode ?? 0);
      } catch (thrown) {
        if (!(thrown instanceof Exit)) {
          output += thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
          status = 1;
        } else status = thrown.status;
      }
      results.push({ status, output });
    }
  } finally {
    Object.assign(console, { log, error });
    Object.assign(process, { exit, argv });
    process.exitCode = undefined;
  }
  return results;
}

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  console.error("usage: validateInProcess.ts <in.json> <out.json>");
  process.exit(2);
}
writeFileSync(output, JSON.stringify(await runAll(JSON.parse(readFileSync(input, "utf8")))));
