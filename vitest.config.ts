import { defineConfig } from "vitest/config";

export default defineConfig({
  // src/code-cache.cts (CommonJS in dist/) is TypeScript too: Vite transforms only .ts, .mts and JSX by default.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    globalSetup: ["./test/support/global-setup.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
