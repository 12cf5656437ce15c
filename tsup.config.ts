import { defineConfig, type Options } from 'tsup';

// Three builds of the same source:
// - dist/ (tsc, tsconfig.build.json): ESM, one module per source file, for bundlers — with
//   "sideEffects": false they drop every decision an app does not import;
// - dist/node/ (here): ESM for Node, one file per entry with zod and date-fns inside — Node loads
//   a package's modules one file at a time, and zod's ~100 files alone take ~50 ms to import;
// - dist/cjs/ (here): the same for require(), with the .d.cts types.
const gedeeld: Options = {
  entry: {
    index: 'src/index.ts',
    engine: 'src/engine/index.ts',
    scenarios: 'src/scenarios/index.ts',
    // The web component: for browsers dist/beslishulp/ (tsc) is the entry; these builds let Node
    // import or require it (server-side rendering: it exports the class and registers nothing).
    beslishulp: 'src/beslishulp/index.ts',
  },
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  // Bundled in; json-rules-engine (entry engine) and yaml (scenarios) stay ordinary dependencies.
  noExternal: ['zod', 'date-fns'],
};

export default defineConfig([
  { ...gedeeld, outDir: 'dist/node', format: ['esm'], dts: false },
  { ...gedeeld, outDir: 'dist/cjs', format: ['cjs'], dts: true },
]);
