/**
 * Debian's Chromium for the browser tests and the benchmark: from CHROMIUM_PATH or
 * /usr/bin/chromium; when it is missing and we run as root on Debian (as CI does), installed with
 * apt-get; otherwise an error in Dutch that says how to install it. Never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const STANDAARD = '/usr/bin/chromium';
const isRoot = () => process.getuid?.() === 0;

/** The path of the Chromium to use (installing it first where that is allowed). */
export function vindChromium(): string {
  const pad = process.env['CHROMIUM_PATH'] || STANDAARD;
  if (existsSync(pad)) return pad;
  if (!process.env['CHROMIUM_PATH'] && isRoot() && existsSync('/etc/debian_version')) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(pad)) return pad;
  }
  throw new Error(
    `Chromium ontbreekt (gezocht: ${pad}). Installeer het met 'sudo apt-get install -y chromium' (Debian/Ubuntu), ` +
      'of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.',
  );
}

/** Starts Chromium headless (without its sandbox when running as root, where it refuses to start with it). */
export function startChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: vindChromium(), args: isRoot() ? ['--no-sandbox'] : [] });
}

const AXE = readFileSync(resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** The axe-core violations on the page as it is now (axe injected on first use), as 'rule: target' lines. */
export async function axeFouten(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const fouten = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
  return fouten;
}
