/**
 * The web component as a page gets it: its bundle (esbuild of the entry, minified, platform
 * browser, gzip) and, in Chromium, the time from the start of the page load to the first question
 * of the example page being visible (median of 5 loads).
 */
import { gzipSync } from 'node:zlib';
import { bouwBeslishulp, startVoorbeeldserver } from '../examples/beslishulp/serveer.js';
import { startChromium } from '../test/chromium.js';
import { mediaan } from './meet.js';

export async function bench(): Promise<void> {
  console.log(`BENCH bundle-beslishulp-gz ${gzipSync(await bouwBeslishulp(), { level: 9 }).length} B`);

  const server = await startVoorbeeldserver();
  const browser = await startChromium();
  try {
    const tijden: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage();
      // From the start of navigation (performance.now() is 0 there) to the first animation frame in
      // which the first question's legend is rendered.
      // (A string: tsx would add helpers to a function that the page does not have.)
      await page.addInitScript({
        content: `requestAnimationFrame(function kijk() {
          const legend = document.querySelector('hp-beslishulp')?.shadowRoot?.querySelector('legend');
          if (legend && legend.getBoundingClientRect().height > 0) window.eersteVraag = performance.now();
          else requestAnimationFrame(kijk);
        });`,
      });
      await page.goto(server.url);
      await page.waitForFunction(() => 'eersteVraag' in window);
      const ms = await page.evaluate(() => (window as unknown as { eersteVraag: number }).eersteVraag);
      if (i > 0) tijden.push(ms); // the first load warms up the browser itself
      await page.close();
    }
    console.log(`BENCH beslishulp-eerste-vraag-ms ${mediaan(tijden).toFixed(1)} ms`);
  } finally {
    await browser.close();
    await server.sluit();
  }
}
