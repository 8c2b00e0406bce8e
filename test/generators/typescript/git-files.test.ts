// TypeScriptClientCodegen writes .gitattributes, .gitignore and git_push.sh on every platform.
// git_push.sh takes --git-user-id, --git-repo-id, --release-note and -p gitHost as its defaults;
// each is printed inside a double-quoted sh string, so quotes, `$` and backticks in them are text.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateClient, tempDir } from "./client-support.js";

describe("typescript: git files", () => {
  it.each(["browser", "node", "deno"])("platform=%s writes .gitattributes, .gitignore and git_push.sh", async (platform) => {
    const files = await generateClient("petstore.yaml", { platform });
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining([".gitattributes", ".gitignore", "git_push.sh"]));
    expect(String(files.find((f) => f.path === ".gitattributes")!.contents)).toContain("**/* linguist-generated");
  });

  it("git_push.sh takes the git options as defaults, as text", async () => {
    const hostile = 'me"; touch pwned; echo "$(id)`id`';
    const files = await generateClient("petstore.yaml", { gitUserId: hostile, gitRepoId: "repo", releaseNote: "first\nsecond", gitHost: "gitlab.example.com" });
    const script = String(files.find((f) => f.path === "git_push.sh")!.contents);
    expect(script).toContain('git_host="gitlab.example.com"');
    expect(script).toContain('git_repo_id="repo"');
    expect(script).toContain('release_note="first second"');
    // Run the part of the script that sets the defaults and print them: the values come back as given.
    const dir = tempDir("git-push");
    const head = script.slice(0, script.indexOf("# Initialize the local directory"));
    fs.writeFileSync(path.join(dir, "defaults.sh"), `${head}\nprintf '%s|%s|%s|%s' "$git_user_id" "$git_repo_id" "$release_note" "$git_host"\n`);
    const out = execFileSync("sh", [path.join(dir, "defaults.sh")], { cwd: dir, encoding: "utf8" });
    expect(out.split("\n").pop()).toBe(`${hostile}|repo|first second|gitlab.example.com`);
    expect(fs.existsSync(path.join(dir, "pwned"))).toBe(false);
  });
});
