/**
 * The built package as an app gets it: browser bundles (esbuild, minified, gzip, platform browser)
 * of one decision with the calendar and of everything, and the time from `import()` to the first
 * Besluit in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { mediaan } from './meet.js';

const root = resolve(import.meta.dirname, '..');

export async function bench(): Promise<void> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const app = mkdtempSync(join(tmpdir(), 'hp-bench-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'handelingsprotocol'), 'dir');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'bench', private: true, type: 'module' }));
    const bundels = {
      'bundle-een-beslissing-gz': "import { beslisVervolg, standaardKalender } from 'handelingsprotocol'; console.log(beslisVervolg({ beschermingsmaatregelNodig: true }), standaardKalender.plusWerkdagen('2025-05-01', 5));",
      'bundle-alles-gz': "import * as hp from 'handelingsprotocol'; console.log(hp);",
    };
    for (const [naam, code] of Object.entries(bundels)) {
      writeFileSync(join(app, 'invoer.js'), code);
      const r = await build({ entryPoints: [join(app, 'invoer.js')], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', absWorkingDir: app });
      console.log(`BENCH ${naam} ${gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length} B`);
    }
    const script =
      "const t0 = performance.now(); const hp = await import('handelingsprotocol'); " +
      "const b = hp.beslisVervolg({ beschermingsmaatregelNodig: true }); if (b.status !== 'besloten') process.exit(1); " +
      'console.log(performance.now() - t0);';
    const tijden = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' })));
    console.log(`BENCH import-en-eerste-besluit-ms ${mediaan(tijden).toFixed(1)} ms`);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
