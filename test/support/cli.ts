// The command line run in-process for tests: what it printed to stdout and stderr, and its exit code.
import { main, type Io } from "../../src/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function run(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(argv, io);
  return { code, out, err };
}
