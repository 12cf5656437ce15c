/**
 * Cross-check of the calendar for every day of 2000–2100 against two independent references:
 * the holidays computed here from an Easter algorithm of our own (Meeus/Jones/Butcher), and
 * date-holidays' own isHoliday, asked day by day (not the year lists the calendar is built from).
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { epochDag, formatEpochDag, uitEpochDag, weekdag } from './datum.js';
import { GELIJKSTELLINGSBESLUITEN } from './gelijkgesteldeDagen.js';
import { maakWerkdagkalender, standaardKalender } from './kalender.js';

function pasen(jaar: number): number {
  const a = jaar % 19, b = Math.floor(jaar / 100), c = jaar % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31), dag = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDag(jaar, maand, dag);
}

/** The algemeen erkende feestdagen written out from the text of the Atw, independent of date-holidays. */
function verwachteFeestdagen(jaar: number, beleid: 'atw' | 'feestdagen'): Set<number> {
  const p = pasen(jaar);
  const koning = jaar >= 2014
    ? (weekdag(epochDag(jaar, 4, 27)) === 6 ? epochDag(jaar, 4, 26) : epochDag(jaar, 4, 27))
    : (weekdag(epochDag(jaar, 4, 30)) === 6 ? epochDag(jaar, 4, 29) : epochDag(jaar, 4, 30));
  const s = new Set([epochDag(jaar, 1, 1), p + 1, p + 39, p + 50, koning, epochDag(jaar, 12, 25), epochDag(jaar, 12, 26)]);
  if (beleid === 'atw') {
    s.add(epochDag(jaar, 5, 5));
    s.add(p - 2);
    for (const b of GELIJKSTELLINGSBESLUITEN) for (const d of b.dagen) if (d.startsWith(`${jaar}-`)) s.add(epochDag(jaar, Number(d.slice(5, 7)), Number(d.slice(8, 10))));
  }
  return s;
}

describe('cross-check 2000–2100', () => {
  const feestdagen = maakWerkdagkalender({ beleid: 'feestdagen' });
  const hd = new Holidays('NL', { timezone: 'UTC' });
  const kb = new Set(GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.dagen));

  it('agrees day by day with the Atw text and with date-holidays', () => {
    const verschillen: string[] = [];
    for (let jaar = 2000; jaar <= 2100; jaar++) {
      const atw = verwachteFeestdagen(jaar, 'atw');
      const pub = verwachteFeestdagen(jaar, 'feestdagen');
      for (let e = epochDag(jaar, 1, 1); e <= epochDag(jaar, 12, 31); e++) {
        const d = formatEpochDag(e);
        const weekend = weekdag(e) >= 5;
        // Reference 1: our own reading of the Atw.
        if (standaardKalender.isWerkdag(d) !== (!weekend && !atw.has(e))) verschillen.push(`atw ${d}`);
        if (feestdagen.isWerkdag(d) !== (!weekend && !pub.has(e))) verschillen.push(`feestdagen ${d}`);
        // Reference 2: date-holidays asked per day.
        const { maand, dag } = uitEpochDag(e);
        const dh = hd.isHoliday(new Date(Date.UTC(jaar, maand - 1, dag, 12))) || [];
        const publiek = dh.some((h) => h.type === 'public');
        const atwDh = publiek || dh.some((h) => h.name === 'Goede Vrijdag' || h.name === 'Bevrijdingsdag') || kb.has(d);
        if (feestdagen.isWerkdag(d) !== (!weekend && !publiek)) verschillen.push(`date-holidays feestdagen ${d}`);
        if (standaardKalender.isWerkdag(d) !== (!weekend && !atwDh)) verschillen.push(`date-holidays atw ${d}`);
      }
    }
    expect(verschillen).toEqual([]);
  });
});
