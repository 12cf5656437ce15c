import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first; the two configs run in parallel, so neither cleans.
export default defineConfig([
  {
    // The library: the browser-safe core, and the Node-only scenario runner.
    entry: { index: 'src/index.ts', scenarios: 'src/scenarios/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
  {
    // The bin (ESM: it awaits at top level).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
]);
