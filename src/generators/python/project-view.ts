// The view-model of the project files (pyproject.toml, setup.py, requirements, tox, CI configs).
// One list of runtime requirements feeds all of them and the source-only README, so they cannot
// disagree: Python >= 3.9, urllib3 (1.25.3 or 2.1.0 on, by release), python-dateutil, pydantic 2,
// typing-extensions. The README spells the list as the release's README_onlypackage does
// (readmeRequirements).

import type { ApiModel } from "../../model/ir.js";
import type { PythonLayout } from "./files.js";
import { pythonDocRelease } from "./releases.js";

interface Requirement {
  readonly name: string;
  readonly spec: string;
}

// python/requirements.mustache (and setup, pyproject, README_onlypackage): urllib3 and dateutil,
// then the library's own, then the signing modules, then pydantic and typing-extensions.
// urllib3's floor is the release's (releases.ts `urllib3Floor`: `>= 1.25.3`, `>= 2.1.0` from 7.13.0);
// the runtime works with urllib3 1.26 and 2.x (runtime/rest.py). The cap is `< 3.0.0` for every
// release: OAG's requirements.txt and setup.py capped `< 2.1.0` before 7.9.0 (d2e10a7229, #15810;
// its pyproject had no cap), for its client of then; ours is tested on urllib3 2.3.
function baseRequirements(urllib3Floor: string): readonly Requirement[] {
  return [
    { name: "urllib3", spec: `${urllib3Floor}, < 3.0.0` },
    { name: "python-dateutil", spec: ">= 2.8.2" },
  ];
}
/** pydantic's floor is the release's (releases.ts `pydanticFloor`: `>= 2`, `>= 2.11` from 7.21.0). */
function modelRequirements(pydanticFloor: string): readonly Requirement[] {
  return [
    { name: "pydantic", spec: pydanticFloor },
    { name: "typing-extensions", spec: ">= 4.7.1" },
  ];
}

/** Extra requirements of the non-default HTTP libraries. */
const LIBRARY_REQUIREMENTS: Readonly<Record<string, readonly Requirement[]>> = {
  asyncio: [
    { name: "aiohttp", spec: ">= 3.8.4" },
    { name: "aiohttp-retry", spec: ">= 2.8.3" },
  ],
  // OAG pins "tornado >= 4.2, < 5". Its tornado client never worked (API methods call .read() on
  // the Future call_api returns), and tornado 4 does not import on Python 3.10+ (it reads
  // collections.MutableMapping), while OAG's package needs Python 3.9+. Ours awaits
  // AsyncHTTPClient.fetch in native coroutines on asyncio's loop, which tornado does from 5.0 on;
  // tornado 6 is the line that supports the Pythons the package does (tested: 6.4.2).
  tornado: [{ name: "tornado", spec: ">= 6.0" }],
  // OAG 7.14's httpx library (not in the OAG source this project reads; NOTES).
  httpx: [{ name: "httpx", spec: ">= 0.28.1" }],
};

/** What signing.py imports (hasHttpSignatureMethods). */
const SIGNING_REQUIREMENTS: readonly Requirement[] = [
  { name: "pem", spec: ">= 19.3.0" },
  { name: "pycryptodome", spec: ">= 3.9.0" },
];

export const TEST_REQUIREMENTS: readonly Requirement[] = [
  { name: "pytest", spec: ">= 7.2.1" },
  { name: "pytest-cov", spec: ">= 2.8.1" },
  { name: "tox", spec: ">= 3.9.0" },
  { name: "flake8", spec: ">= 4.0.0" },
  { name: "types-python-dateutil", spec: ">= 2.8.19.14" },
  { name: "mypy", spec: ">= 1.5" },
];

export const PYTHON_REQUIRES = ">=3.9";
/** The CI matrices. */
const PYTHON_VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13"];

export interface ProjectView {
  readonly projectName: string;
  readonly packageName: string;
  readonly packagePath: string;
  readonly packageVersion: string;
  readonly packageUrl: string;
  /** The spec's title, as a TOML/Python string body (quotes and backslashes escaped). */
  readonly title: string;
  readonly description: string;
  readonly authorEmail: string;
  readonly license: string;
  readonly pythonRequires: string;
  /** `urllib3 >= 2.1.0, < 3.0.0` (requirements.txt). */
  readonly requirementLines: readonly string[];
  /** `urllib3 (>=2.1.0,<3.0.0)` (pyproject.toml). */
  readonly pep508Requirements: readonly string[];
  /** `"urllib3 >= 2.1.0, < 3.0.0"` (setup.py). */
  readonly setupRequirements: readonly string[];
  readonly testRequirementLines: readonly string[];
  readonly pythonVersions: readonly string[];
  readonly gitHost: string;
  readonly gitUserId: string;
  readonly gitRepoId: string;
  readonly releaseNote: string;
}

export interface ProjectOptions {
  readonly projectName: string;
  readonly packageVersion: string;
  readonly packageUrl?: string;
  readonly library: string;
  readonly gitHost: string;
  readonly gitUserId: string;
  readonly gitRepoId: string;
  readonly releaseNote: string;
  /** The `infoEmail` option, which the spec's contact email overrides (DefaultGenerator.configureGeneratorProperties). */
  readonly infoEmail?: string;
  /** The OAG release reproduced (`-p oagVersion`; absent: the newest). */
  readonly oagVersion?: string;
}

export function runtimeRequirements(library: string, httpSignature: boolean, oagVersion: string | undefined): Requirement[] {
  const release = pythonDocRelease(oagVersion);
  return [...baseRequirements(release.urllib3Floor), ...(LIBRARY_REQUIREMENTS[library] ?? []), ...(httpSignature ? SIGNING_REQUIREMENTS : []), ...modelRequirements(release.pydanticFloor)];
}

/**
 * The source-only README's list (README_onlypackage.mustache): the runtime requirements from 7.9.0
 * on; before (releases.ts `readmeRequirementSpecs`), urllib3 with its floor alone, the others by
 * name (the asyncio library's `aiohttp` only, no signing modules), and `aenum` in 7.0.x. tornado,
 * httpx: our requirement as it is, in every release (see LIBRARY_REQUIREMENTS).
 */
export function readmeRequirements(library: string, httpSignature: boolean, oagVersion: string | undefined): string[] {
  const release = pythonDocRelease(oagVersion);
  const spelled = (r: Requirement) => `${r.name} ${r.spec}`;
  if (release.readmeRequirementSpecs) return runtimeRequirements(library, httpSignature, oagVersion).map(spelled);
  const libraryLines = library === "asyncio" ? ["aiohttp"] : (LIBRARY_REQUIREMENTS[library] ?? []).map(spelled);
  return [`urllib3 ${release.urllib3Floor}`, "python-dateutil", ...libraryLines, "pydantic", ...(release.readmeListsAenum ? ["aenum"] : [])];
}

/** ProcessUtils.hasHttpSignatureMethods: the spec declares an `http` scheme `signature`. */
export function hasHttpSignature(model: ApiModel): boolean {
  return model.securitySchemes.some((s) => s.type === "http" && s.scheme === "signature");
}

export function buildProjectView(model: ApiModel, layout: PythonLayout, options: ProjectOptions): ProjectView {
  const requirements = runtimeRequirements(options.library, hasHttpSignature(model), options.oagVersion);
  return {
    projectName: options.projectName,
    packageName: layout.packageName,
    packagePath: layout.packagePath,
    packageVersion: options.packageVersion,
    packageUrl: options.packageUrl ?? `https://${options.gitHost}/${options.gitUserId}/${options.gitRepoId}`,
    title: pyText(model.info.title),
    description: pyText((model.info.description ?? "").trim()),
    authorEmail: pyText(model.info.contact?.email ?? options.infoEmail ?? "team@openapitools.org"),
    license: pyText(model.info.license?.name ?? "NoLicense"),
    pythonRequires: PYTHON_REQUIRES,
    requirementLines: requirements.map((r) => `${r.name} ${r.spec}`),
    pep508Requirements: requirements.map((r) => `${r.name} (${r.spec.replace(/ /g, "")})`),
    setupRequirements: requirements.map((r) => `${r.name} ${r.spec}`),
    testRequirementLines: TEST_REQUIREMENTS.map((r) => `${r.name} ${r.spec}`),
    pythonVersions: PYTHON_VERSIONS,
    gitHost: options.gitHost,
    gitUserId: options.gitUserId,
    gitRepoId: options.gitRepoId,
    releaseNote: options.releaseNote,
  };
}

/** Text inside a double-quoted TOML/Python string on one line. */
function pyText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
}
