// A throwaway Virtuoso Open Source 7 server (Debian's virtuoso-opensource-7-bin) for tests and the
// bench: started in a temporary folder with its own config and free ports on 127.0.0.1, loaded
// with N-Quads through its bulk loader, queried over HTTP with the SPARQL 1.1 protocol, stopped
// and deleted on `stop`. The `dba`/`dba` login is the default of a fresh database: acceptable for
// a server that lives for one test run on loopback, never for anything else.
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const VIRTUOSO = "virtuoso-t";
export const ISQL = "isql-vt";

/** True if the Virtuoso server and its SQL client are installed (`apt-get install virtuoso-opensource-7-bin`). */
export function virtuosoInstalled(): boolean {
  return [VIRTUOSO, ISQL].every(
    (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0,
  );
}

/** A port the OS says is free now (it is released at once, for Virtuoso to take). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface VirtuosoOptions {
  /** Page buffers (8 KB each): 10,000 is 80 MB, enough for tests; the bench gives it more. */
  buffers?: number;
  /** How long to wait for the server to come online, in ms. */
  startTimeoutMs?: number;
}

/** One SPARQL JSON result row: variable → value (compare values; Virtuoso types integers). */
export type Row = Record<
  string,
  { type: string; value: string; datatype?: string; "xml:lang"?: string }
>;

export class Virtuoso {
  private constructor(
    readonly dir: string,
    readonly sqlPort: number,
    readonly httpPort: number,
    private readonly process: ChildProcess,
  ) {}

  static async start(options: VirtuosoOptions = {}): Promise<Virtuoso> {
    const dir = mkdtempSync(join(tmpdir(), "accordkg-virtuoso-"));
    const [sqlPort, httpPort] = [await freePort(), await freePort()];
    const buffers = options.buffers ?? 10_000;
    writeFileSync(
      join(dir, "virtuoso.ini"),
      `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DirsAllowed = ., ${dir}
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.floor((buffers * 3) / 4)}
CheckpointInterval = 60
MaxQueryMem = 2G

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 4
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 600
`,
    );
    const child = spawn(VIRTUOSO, ["-c", join(dir, "virtuoso.ini"), "+foreground"], {
      cwd: dir,
      stdio: "ignore",
    });
    const server = new Virtuoso(dir, sqlPort, httpPort, child);
    const log = join(dir, "virtuoso.log");
    const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
    while (!(existsSync(log) && readFileSync(log, "utf8").includes("Server online at"))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        const tail = existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "(no log)";
        await server.stop();
        throw new Error(`Virtuoso did not come online (exit ${child.exitCode}):\n${tail}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return server;
  }

  /** Runs SQL through isql-vt; returns its output. */
  sql(statements: string): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(
        ISQL,
        [`127.0.0.1:${this.sqlPort}`, "dba", "dba", `exec=${statements}`],
        { maxBuffer: 64 * 2 ** 20 },
        (error, stdout, stderr) => {
          if (error || /\*\*\* Error/.test(stdout + stderr))
            reject(new Error(`isql-vt failed: ${error?.message ?? ""}\n${stdout}\n${stderr}`));
          else resolve(stdout);
        },
      );
    });
  }

  /**
   * Bulk-loads the N-Quads files (names inside `this.dir`) with `ld_dir` and `rdf_loader_run`,
   * then checkpoints; fails if the loader reports an error for any file.
   */
  async load(files: readonly string[]): Promise<void> {
    const register = files
      .map((file) => `ld_dir('${this.dir}', '${file}', 'urn:accordkg:default');`)
      .join(" ");
    await this.sql(`${register} rdf_loader_run(); checkpoint;`);
    const errors = await this.sql(
      "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;",
    );
    if (!/0 Rows\./.test(errors)) throw new Error(`Virtuoso's bulk loader failed:\n${errors}`);
  }

  /** Runs a SELECT query over HTTP (SPARQL 1.1 protocol, POST form); returns the rows. */
  async select(query: string): Promise<Row[]> {
    const response = await fetch(`http://127.0.0.1:${this.httpPort}/sparql`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/sparql-results+json",
      },
      body: new URLSearchParams({ query }).toString(),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`Virtuoso answered ${response.status}: ${text.slice(0, 2000)}`);
    return (JSON.parse(text) as { results: { bindings: Row[] } }).results.bindings;
  }

  /** Shuts the server down, waits for it to exit (killing it if it does not), deletes its folder. */
  async stop(): Promise<void> {
    const child = this.process;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await this.sql("shutdown;").catch(() => undefined);
      const timeout = new Promise<"timeout">((resolve) =>
        setTimeout(() => resolve("timeout"), 20_000),
      );
      if ((await Promise.race([exited, timeout])) === "timeout") {
        child.kill("SIGKILL");
        await exited;
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
