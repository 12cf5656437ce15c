/**
 * plusWerkdagen(d, 5), side by side in one run, three ways:
 * - this package (precomputed per-year tables);
 * - a per-year Set of holiday strings, walking day by day;
 * - naive: date-holidays' isHoliday asked for every day walked.
 * All three must give the same answers; the bench stops if they do not.
 */
import Holidays from 'date-holidays';
import { GELIJKSTELLINGSBESLUITEN, standaardKalender } from '../src/index.js';
import { meetNaastElkaar } from './meet.js';

const DAG = 86_400_000;
const KB = new Set(GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.dagen));
const hd = new Holidays('NL', { timezone: 'UTC' });
const isAtw = (h: { type: string; name: string }) => h.type === 'public' || h.name === 'Goede Vrijdag' || h.name === 'Bevrijdingsdag';

function naief(d: string, n: number): string {
  let t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  for (let k = 0; k < n; ) {
    t += DAG;
    const dt = new Date(t);
    const wd = dt.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const h = hd.isHoliday(new Date(t + 12 * 3_600_000));
    if ((h && h.some(isAtw)) || KB.has(dt.toISOString().slice(0, 10))) continue;
    k++;
  }
  return new Date(t).toISOString().slice(0, 10);
}

const sets = new Map<number, Set<string>>();
function setVan(jaar: number): Set<string> {
  let s = sets.get(jaar);
  if (!s) {
    s = new Set(hd.getHolidays(jaar).filter(isAtw).map((h) => h.date.slice(0, 10)));
    for (const d of KB) if (d.startsWith(`${jaar}-`)) s.add(d);
    sets.set(jaar, s);
  }
  return s;
}
function perJaarSet(d: string, n: number): string {
  let t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  let s = d;
  for (let k = 0; k < n; ) {
    t += DAG;
    const dt = new Date(t);
    const wd = dt.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    s = dt.toISOString().slice(0, 10);
    if (setVan(dt.getUTCFullYear()).has(s)) continue;
    k++;
  }
  return s;
}

export async function bench(): Promise<void> {
  // 2,000 deterministic dates in 2023–2027.
  let x = 12345;
  const datums = Array.from({ length: 2000 }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const t = Date.UTC(2023, 0, 1) + (x % (5 * 365)) * DAG;
    return new Date(t).toISOString().slice(0, 10);
  });
  for (const d of datums) {
    const a = standaardKalender.plusWerkdagen(d, 5);
    if (a !== perJaarSet(d, 5) || a !== naief(d, 5)) throw new Error(`bench: antwoorden verschillen voor ${d}`);
  }
  const r = await meetNaastElkaar(datums, {
    pakket: { sync: (d) => standaardKalender.plusWerkdagen(d, 5) },
    set: { sync: (d) => perJaarSet(d, 5) },
    naief: { sync: (d) => naief(d, 5) },
  });
  console.log(`BENCH plusWerkdagen ${r.pakket.toFixed(0)} ops/s`);
  console.log(`BENCH plusWerkdagen-set ${r.set.toFixed(0)} ops/s`);
  console.log(`BENCH plusWerkdagen-naief ${r.naief.toFixed(0)} ops/s`);
  console.log(`RATIO plusWerkdagen-vs-set ${(r.pakket / r.set).toFixed(1)}`);
  console.log(`RATIO plusWerkdagen-vs-naief ${(r.pakket / r.naief).toFixed(1)}`);
}
