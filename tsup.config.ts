import { defineConfig } from 'tsup';

// The ESM build is tsc's (tsconfig.build.json: one module per source file, for tree-shaking);
// tsup makes the CommonJS build, one file per entry with its .d.cts types, in dist/cjs/.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    engine: 'src/engine/index.ts',
    scenarios: 'src/scenarios/index.ts',
  },
  outDir: 'dist/cjs',
  format: ['cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'node20',
});
