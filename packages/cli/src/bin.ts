#!/usr/bin/env node
// The `accordkg` binary. Exit statuses: 0 done, 1 invalid data or failed work, 2 usage error.
import { run } from "./run";

// Output piped into `head` closes early: stop quietly rather than throw EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
