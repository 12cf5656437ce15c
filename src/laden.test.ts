/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

/**
 * Every module of the rules and the calendar loads. Inside a test on purpose: a module that throws
 * while it loads (a definition that no longer builds) then fails this test, instead of failing the
 * other test files before any test ran — which mutation testing would count as "survived".
 */
const modules = import.meta.glob(['./rules/**/*.ts', './deadlines/**/*.ts', '!**/*.test.ts']);

describe('the modules of src/rules and src/deadlines', () => {
  it('are all found', () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining(['./rules/beslissingen.ts', './rules/_lib/besluit.ts', './deadlines/kalender.ts', './rules/vervolg/definitie.ts']));
  });

  it.each(Object.keys(modules))('%s loads and exports something', async (pad) => {
    const m = (await modules[pad]!()) as Record<string, unknown>;
    expect(Object.keys(m).length).toBeGreaterThan(0);
  });
});
