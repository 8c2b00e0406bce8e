// Runs once before the test files: makes sure the Python root exists, so that `npm ci && npm test`
// on a fresh machine needs no other step. scripts/python-root.sh reuses a working root and builds
// one otherwise (root and Debian's mirror needed). With $OASWRIGHT_PYTHON set, the tests use that
// interpreter instead and nothing is provisioned.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  if (process.env.OASWRIGHT_PYTHON) return;
  const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../scripts/python-root.sh");
  const r = spawnSync("bash", [script], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) {
    throw new Error(
      "could not provision the Python root for the python generators' tests (see the lines above). " +
        "Run the tests as root on a machine with Debian's mirror, or set OASWRIGHT_PYTHON to a python " +
        "with pydantic 2, urllib3 2, python-dateutil, typing-extensions, mypy and pytest (README).",
    );
  }
  const root = r.stdout.trim();
  if (root) process.env.OASWRIGHT_PY_ROOT = root;
}
