/**
 * The HTML report in a real browser (Debian's Chromium via playwright-core): the example export in
 * examples/rapportage/ through the CLI, opened with every network request refused — the page must
 * need none — and checked with axe-core. The test writes docs/rapportage.png.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voerCliUit } from '../src/cli/main.js';
import { axeFouten, startChromium } from './chromium.js';

const voorbeeld = resolve(import.meta.dirname, '../examples/rapportage');

describe('rapportage --html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await startChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is self-contained, accessible, and shows a chart and a table per gemeente', async () => {
    const html = join(mkdtempSync(join(tmpdir(), 'rapport-')), 'rapport.html');
    const r = await voerCliUit([
      'rapportage', join(voorbeeld, 'export.csv'), '--kolommen', join(voorbeeld, 'kolommen.yaml'),
      '--regio', 'gelderland-zuid', '--peildatum', '2025-12-01', '--html', html,
    ]);
    expect(r).toMatchObject({ code: 1, stdout: `Rapport geschreven naar ${html}: 3 gemeenten, 162 rijen ingelezen, 2 afgekeurd.` });
    expect(readFileSync(html, 'utf8')).not.toContain('Melder belt terug');

    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const verzoeken: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      verzoeken.push(route.request().url());
      return route.abort();
    });
    await page.goto(pathToFileURL(html).href);
    expect(verzoeken).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('section h2').allInnerTexts()).toEqual(['Nijmegen', 'Tiel', 'Wijchen', 'Ingelezen en afgekeurd']);
    // Per gemeente: the four quarters up to the peildatum on the x-axis, the norm lines of 90% and 80%.
    const tiel = page.locator('section').nth(1);
    expect(await tiel.locator('svg[role=img] text').allTextContents()).toEqual(expect.arrayContaining(['2025-K1', '2025-K4', 'norm 90%', 'norm 80%']));
    expect(await tiel.locator('svg[role=img] text').allTextContents()).not.toContain('2026-K1');
    expect(await axeFouten(page)).toEqual([]);
    await page.screenshot({ path: resolve(import.meta.dirname, '../docs/rapportage.png'), clip: { x: 0, y: 0, width: 1280, height: 1000 } });
    await page.close();
  });
});
