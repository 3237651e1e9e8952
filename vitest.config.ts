import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // A temp folder of the run's own, checked for leftovers at the end (test/support/temp-folder.ts).
    globalSetup: ["test/support/temp-folder.ts", "test/support/global-setup.ts"],
    setupFiles: ["test/support/temp-folder-each-file.ts"],
  },
});
