#!/usr/bin/env node
// The package's bin: `handelingsprotocol <opdracht>`. All logic is in main.ts (tested in-process).
import { voerCliUit } from './main.js';

async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of process.stdin) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

const r = await voerCliUit(process.argv.slice(2), leesStdin);
if (r.stdout) process.stdout.write(r.stdout + '\n');
if (r.stderr) process.stderr.write(r.stderr + '\n');
process.exitCode = r.code;
