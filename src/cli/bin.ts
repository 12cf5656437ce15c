#!/usr/bin/env node
// The package's bin: `handelingsprotocol <opdracht>`. All logic is in main.ts (tested in-process);
// here only what needs the real process: stdin, stdout, stderr and the exit code.
import { MAX_BESTAND_BYTES } from '../scenarios/voerUit.js';
import { voerCliUit } from './main.js';

/**
 * stdin as bytes, at most one more than the limit: reading stops as soon as the input is too big
 * (main.ts then says so), so `beslis vervolg - < /dev/zero` ends instead of filling the memory.
 */
async function leesStdin(): Promise<Uint8Array> {
  const delen: Buffer[] = [];
  let totaal = 0;
  for await (const deel of process.stdin) {
    const b = deel as Buffer;
    delen.push(b);
    totaal += b.length;
    if (totaal > MAX_BESTAND_BYTES) break; // leaving the loop closes stdin
  }
  return Buffer.concat(delen).subarray(0, MAX_BESTAND_BYTES + 1);
}

// A reader that stops early (`… | head`) closes the pipe: not an error worth a stack trace.
process.stdout.on('error', () => process.exit());
process.stderr.on('error', () => process.exit());

// `rapportage -` streams stdin row by row (a caseload may be far larger than the limit above).
const r = await voerCliUit(process.argv.slice(2), leesStdin, () => process.stdin);
if (r.stdout) process.stdout.write(r.stdout + '\n');
if (r.stderr) process.stderr.write(r.stderr + '\n');
process.exitCode = r.code;
