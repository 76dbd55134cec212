// Prints each command's output on Geneva as a 100-column terminal without colour shows it.
import { runCli } from "./support";

const commands = JSON.parse(process.argv[2] as string) as string[][];
for (const args of commands) {
  const r = await runCli(args, {
    tty: process.env.PIPE !== "1",
    columns: Number(process.env.COLUMNS ?? 100),
    env: { NO_COLOR: "1" },
  });
  console.log(
    `$ accordkg ${args.map((a) => (/^[\w,.:/-]+$/.test(a) ? a : JSON.stringify(a))).join(" ")}`,
  );
  process.stdout.write(r.stdout);
  if (r.stderr) process.stdout.write(`[stderr]\n${r.stderr}`);
  console.log(`[exit ${r.status}]\n`);
}
