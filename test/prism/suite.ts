// The validating-mock wire suite for one spec: generate each client once, start Prism behind the
// recording proxy, run every operation through each client (one process per client), judge each
// call, and run python's model round trips.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EMPTY_OPTIONS, generateFiles } from "../../src/generate.js";
import { PythonNames } from "../../src/generators/python/names.js";
import type { ApiModel } from "../../src/model/ir.js";
import { writeOutput } from "../../src/render/write.js";
import { runPython } from "../support/python.js";
import { credentialsFor } from "./credentials.js";
import { judgeCall, wireDiff, type Verdict } from "./judge.js";
import { startMock } from "./mock-server.js";
import { planCalls, type ClientName, type PlannedCall } from "./plan.js";
import { joinPointer, SpecDoc, type Json } from "./spec-doc.js";
import { runTypeScriptCalls, type CallOutcome } from "./typescript-driver.js";
import { ValueBuilder } from "./values.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CLIENTS: readonly ClientName[] = ["typescript", "python", "python-prior"];

export interface CallResult {
  readonly client: ClientName;
  readonly operation: string;
  readonly verdict: Verdict;
}

export interface SpecResult {
  readonly spec: string;
  readonly calls: CallResult[];
  /** python model round trips: `Model#n` -> verdict. */
  readonly roundTrips: { readonly model: string; readonly verdict: Verdict }[];
  /** A client that could not run at all (generation or its driver failed). */
  readonly errors: string[];
}

export async function runSpec(name: string, file: string, clients: readonly ClientName[] = CLIENTS): Promise<SpecResult> {
  const spec = new SpecDoc(file);
  const result: SpecResult = { spec: name, calls: [], roundTrips: [], errors: [] };
  const credentials = credentialsFor(spec);
  const prepared: { client: ClientName; files: Awaited<ReturnType<typeof generateFiles>>["files"]; model: ApiModel; calls: PlannedCall[] }[] = [];
  for (const client of clients) {
    try {
      const additionalProperties: Record<string, string> = client === "typescript" ? { useObjectParameters: "true" } : {};
      const generated = await generateFiles({ input: file, generator: client, options: { ...EMPTY_OPTIONS, additionalProperties }, validate: "off" });
      const calls = planCalls(client, generated.model, spec).map((c) => ({ ...c, id: `${client} ${c.id} ${c.method}` }));
      prepared.push({ client, files: generated.files, model: generated.model, calls });
    } catch (e) {
      result.errors.push(`${client}: generation failed: ${(e as Error).message}`);
    }
  }
  if (prepared.every((p) => p.calls.length === 0)) return result;
  let mock: Awaited<ReturnType<typeof startMock>>;
  try {
    mock = await startMock(file);
  } catch (e) {
    // Reported as this spec's error: the other specs' runs go on.
    result.errors.push(`Prism: ${(e as Error).message.split("\n")[0]}`);
    return result;
  }
  try {
    const runs = prepared.map(async (p) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `oaswright-prism-${p.client}-`));
      const proxy = await mock.proxy();
      try {
        let outcomes: CallOutcome[];
        if (p.client === "typescript") outcomes = await runTypeScriptCalls(p.files, dir, p.calls, proxy, credentials);
        else {
          const roundTrips = p.client === "python" ? planRoundTrips(spec, p.model) : [];
          const py = await runPythonCalls(p.client, p.files, dir, p.calls, roundTrips, proxy.url, credentials);
          outcomes = py.outcomes;
          for (const rt of roundTrips) {
            const r = py.roundTrips.get(rt.id);
            if (!r || r.skipped) continue;
            const verdict: Verdict = r.error
              ? { status: "failed", message: r.error }
              : (() => {
                  const d = wireDiff(rt.value, r.back as Json, "to_dict()", true);
                  return d ? { status: "failed" as const, message: d } : { status: "ok" as const };
                })();
            result.roundTrips.push({ model: rt.id, verdict });
          }
          if (py.problem) result.errors.push(`${p.client}: ${py.problem}`);
        }
        const byId = new Map(outcomes.map((o) => [o.id, o]));
        for (const call of p.calls) {
          const outcome = byId.get(call.id);
          const records = proxy.records.filter((r) => r.mark === call.id);
          const verdict = call.notJudged || outcome ? judgeCall(spec, call, outcome?.error, records) : ({ status: "failed", message: "the driver reported nothing" } as Verdict);
          result.calls.push({ client: p.client, operation: `${call.api}.${call.method} (${call.httpMethod} ${call.path})`, verdict });
        }
      } catch (e) {
        result.errors.push(`${p.client}: ${(e as Error).stack ?? e}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    await Promise.all(runs);
    const died = mock.died();
    if (died !== undefined) result.errors.push(died);
  } finally {
    await mock.close();
  }
  return result;
}

interface RoundTrip {
  readonly id: string;
  readonly cls: string;
  readonly value: Json;
}

/** Valid instances of every named schema: each oneOf/anyOf alternative, nullable items included. */
function planRoundTrips(spec: SpecDoc, model: ApiModel): RoundTrip[] {
  const names = new PythonNames(EMPTY_OPTIONS, model);
  const schemas = spec.at("#/components/schemas");
  if (!schemas || typeof schemas !== "object" || Array.isArray(schemas)) return [];
  const builder = new ValueBuilder(spec);
  const out: RoundTrip[] = [];
  for (const schemaName of Object.keys(schemas)) {
    if (!model.schemas.some((s) => s.name === schemaName)) continue;
    const pointer = joinPointer("#/components/schemas", schemaName);
    const seen = new Set<string>();
    for (const variant of [0, 1, 2, 3]) {
      for (const nulls of [true, false]) {
        try {
          const value = builder.build(spec.at(pointer), { direction: "request", variant, nulls, optionalDepth: 3 });
          if (value === null || typeof value !== "object" || spec.check(value, pointer, "request")) continue;
          const key = JSON.stringify(value);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ id: `${names.modelName(schemaName)}#${seen.size}`, cls: names.modelName(schemaName), value });
          break;
        } catch {
          // no valid instance of this variant
        }
      }
    }
  }
  return out;
}

async function runPythonCalls(
  client: ClientName,
  files: Awaited<ReturnType<typeof generateFiles>>["files"],
  dir: string,
  calls: readonly PlannedCall[],
  roundTrips: readonly RoundTrip[],
  url: string,
  credentials: ReturnType<typeof credentialsFor>,
): Promise<{ outcomes: CallOutcome[]; roundTrips: Map<string, { back?: unknown; error?: string; skipped?: string }>; problem?: string }> {
  writeOutput(dir, files);
  fs.copyFileSync(path.join(HERE, "python_driver.py"), path.join(dir, "prism_driver.py"));
  const job = { client, package: "openapi_client", url, credentials, calls: calls.filter((c) => !c.notJudged), roundTrips };
  fs.writeFileSync(path.join(dir, "job.json"), JSON.stringify(job));
  // Generous: on a machine loaded by other work a spec's calls have run past 170 s; a large spec
  // (GitHub: 1000+ operations) gets a second per call more.
  const r = await runPython({ cwd: dir, args: ["prism_driver.py", "job.json"], timeoutMs: 420_000 + job.calls.length * 1_000 });
  const outcomes: CallOutcome[] = [];
  const rts = new Map<string, { back?: unknown; error?: string; skipped?: string }>();
  for (const line of r.stdout.split("\n")) {
    if (!line.startsWith("@@")) continue;
    const o = JSON.parse(line.slice(2)) as { id?: string; rt?: string; error?: string; back?: unknown; skipped?: string };
    if (o.id !== undefined) outcomes.push({ id: o.id, ...(o.error ? { error: o.error } : {}) });
    else if (o.rt !== undefined) rts.set(o.rt, o);
  }
  return { outcomes, roundTrips: rts, ...(r.code !== 0 ? { problem: `driver exited with ${r.code}: ${r.stderr.slice(-1500)}` } : {}) };
}

/** Totals per client: ok / failed / not judged. */
export function tally(results: readonly SpecResult[]): string {
  const lines: string[] = [];
  lines.push(`${"spec".padEnd(70)} ${"client".padEnd(13)} ok  failed  not-judged`);
  for (const r of results) {
    for (const client of CLIENTS) {
      const calls = r.calls.filter((c) => c.client === client);
      if (calls.length === 0) continue;
      const n = (s: Verdict["status"]) => calls.filter((c) => c.verdict.status === s).length;
      lines.push(`${r.spec.padEnd(70)} ${client.padEnd(13)} ${String(n("ok")).padStart(3)} ${String(n("failed")).padStart(6)} ${String(n("not judged")).padStart(10)}`);
    }
    const rt = r.roundTrips;
    if (rt.length > 0) lines.push(`${r.spec.padEnd(70)} ${"py roundtrip".padEnd(13)} ${String(rt.filter((x) => x.verdict.status === "ok").length).padStart(3)} ${String(rt.filter((x) => x.verdict.status === "failed").length).padStart(6)}`);
    for (const e of r.errors) lines.push(`  ERROR ${e.split("\n")[0]}`);
  }
  return lines.join("\n");
}

export function failureLines(results: readonly SpecResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    for (const c of r.calls) if (c.verdict.status === "failed") out.push(`${r.spec} | ${c.client} | ${c.operation} | ${oneLine(c.verdict.message)}`);
    for (const t of r.roundTrips) if (t.verdict.status === "failed") out.push(`${r.spec} | python round trip | ${t.model} | ${oneLine(t.verdict.message)}`);
  }
  return out;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " / ").slice(0, 400);
}

/** Why calls were not judged: reason (numbers and names blanked) -> count. */
export function notJudgedReasons(results: readonly SpecResult[]): string[] {
  const counts = new Map<string, number>();
  for (const r of results) {
    for (const c of r.calls) {
      if (c.verdict.status !== "not judged") continue;
      const reason = oneLine(c.verdict.reason).replace(/\/[^ ]*/g, "…").slice(0, 140);
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${String(n).padStart(5)}  ${reason}`);
}
