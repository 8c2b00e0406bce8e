// Where the python generator's files go, as OpenAPI Generator's PythonClientCodegen lays them out:
//
//   <pkg path>/...            the package (dotted names nest: libica.openapi.v3 -> libica/openapi/v3,
//                             with an __init__.py in every parent directory)
//   docs/<Tag>Api.md, docs/<Model>.md, README.md, setup.py, pyproject.toml, ... at the root
//
// With generateSourceCodeOnly only the package is written: the docs move to <pkg path>/docs/,
// the tests to <pkg path>/test/, the README becomes <pkg path>_README.md (a variant without
// install instructions), and the project files (setup.py, tox.ini, CI configs, py.typed) go.

export interface PythonLayout {
  /** Dotted, as given (`libica.openapi.v3`). */
  readonly packageName: string;
  /** Slashed (`libica/openapi/v3`). */
  readonly packagePath: string;
  readonly sourceOnly: boolean;
  /** Folder of the API and model docs, with a trailing slash (links in the README use it too). */
  readonly docDir: string;
  readonly readmePath: string;
  readonly testDir: string;
  /** Parent packages of a dotted name, each needing an `__init__.py` (`libica`, `libica/openapi`). */
  readonly parentPackageDirs: readonly string[];
  /** Project files written only for a full project. */
  readonly projectFiles: boolean;
}

export function pythonLayout(packageName: string, sourceOnly: boolean): PythonLayout {
  const packagePath = packageName.split(".").join("/");
  const parts = packageName.split(".");
  const parentPackageDirs = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
  return {
    packageName,
    packagePath,
    sourceOnly,
    docDir: sourceOnly ? `${packagePath}/docs/` : "docs/",
    readmePath: sourceOnly ? `${packagePath}_README.md` : "README.md",
    testDir: sourceOnly ? `${packagePath}/test` : "test",
    parentPackageDirs,
    projectFiles: !sourceOnly,
  };
}

export function apiDocPath(layout: PythonLayout, className: string): string {
  return `${layout.docDir}${className}.md`;
}

export function modelDocPath(layout: PythonLayout, className: string): string {
  return `${layout.docDir}${className}.md`;
}

/** The project files (not with generateSourceCodeOnly): template name -> output path. */
export const PROJECT_FILES: readonly (readonly [template: string, path: string])[] = [
  ["project/pyproject", "pyproject.toml"],
  ["project/setup-py", "setup.py"],
  ["project/setup-cfg", "setup.cfg"],
  ["project/requirements", "requirements.txt"],
  ["project/test-requirements", "test-requirements.txt"],
  ["project/tox", "tox.ini"],
  ["project/git-push", "git_push.sh"],
  ["project/gitignore", ".gitignore"],
  ["project/travis", ".travis.yml"],
  ["project/gitlab-ci", ".gitlab-ci.yml"],
  ["project/github-workflow", ".github/workflows/python.yml"],
];
