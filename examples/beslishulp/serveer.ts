/**
 * `npm run beslishulp`: builds the component with esbuild (minified, for the browser) and serves
 * this folder on http://127.0.0.1:8080/ (another port: PORT=9000 npm run beslishulp). Only the
 * loopback address, only the files of the page. The browser tests and the benchmark use the same
 * server on a random port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const map = import.meta.dirname;
const ENTRY = resolve(map, '../../src/beslishulp/index.ts');

/** The component with everything it needs, as one ES module (esbuild, minified, platform browser). */
export async function bouwBeslishulp(): Promise<Uint8Array> {
  const r = await build({ entryPoints: [ENTRY], bundle: true, minify: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  return r.outputFiles[0]!.contents;
}

export interface Voorbeeldserver {
  url: string;
  sluit: () => Promise<void>;
}

/** Serves the example page on 127.0.0.1 (`poort` 0: a free port) with a freshly built bundle. */
export async function startVoorbeeldserver(poort = 0): Promise<Voorbeeldserver> {
  const bundel = await bouwBeslishulp();
  const bestanden: Record<string, { type: string; inhoud: () => Uint8Array | string }> = {
    '/': { type: 'text/html; charset=utf-8', inhoud: () => readFileSync(resolve(map, 'index.html')) },
    '/voorbeeld.js': { type: 'text/javascript; charset=utf-8', inhoud: () => readFileSync(resolve(map, 'voorbeeld.js')) },
    '/beslishulp.js': { type: 'text/javascript; charset=utf-8', inhoud: () => bundel },
  };
  const server = createServer((req, res) => {
    const pad = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const bestand = bestanden[pad === '/index.html' ? '/' : pad];
    if (!bestand || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden.');
      return;
    }
    res.writeHead(200, { 'content-type': bestand.type, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : bestand.inhoud());
  });
  await new Promise<void>((klaar, mis) => server.once('error', mis).listen(poort, '127.0.0.1', klaar));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sluit: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startVoorbeeldserver(Number(process.env['PORT'] ?? 8080));
  console.log(`Beslishulp-voorbeeld: ${url} (stoppen met Ctrl+C)`);
}
