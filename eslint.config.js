// ESLint with type information (typescript-eslint's recommended type-checked rules), run by `npm run lint`.
// Formatting is Prettier's job, so no stylistic rules here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "_site/", ".dateline/", "test/fixtures/", "**/*.mjs", "**/*.cjs", "eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter an interface requires.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // `import type` keeps type-only imports out of the JavaScript tsx runs.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // node:test's describe/test return promises the runner itself awaits.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
  {
    // The unit tier runs its files one after another in shared processes (scripts/test-unit-queue.ts),
    // where a hook at a file's top level belongs to the process and runs at the wrong time: hooks go in
    // the file's describe.
    files: ["test/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Program > ExpressionStatement > CallExpression[callee.name=/^(before|after|beforeEach|afterEach)$/]",
          message:
            "A hook at a test file's top level runs at the wrong time in the unit tier's shared processes: put it inside the file's describe.",
        },
      ],
    },
  },
);
