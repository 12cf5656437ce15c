/**
 * The holiday table is generated from date-holidays at build time (scripts/genereer-feestdagen.ts).
 * These tests keep it honest: the committed file is exactly what the installed date-holidays gives,
 * it decodes to date-holidays' own lists, and date-holidays itself no longer reaches the runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { FEESTDAGTABEL_PAD, genereerFeestdagtabel, leesDateHolidaysVersie } from '../../scripts/feestdagtabel-bron.js';
import { EERSTE_JAAR, epochDag, LAATSTE_JAAR } from './datum.js';
import { atwFeestdagen, leesFeestdagtabel, publiekeFeestdagen } from './feestdagen.js';
import { GELIJKSTELLINGSBESLUITEN } from './gelijkgesteldeDagen.js';
import { DATE_HOLIDAYS_VERSIE, FEESTDAGJAREN, FEESTDAGTABEL_EERSTE_JAAR, FEESTDAGTABEL_LAATSTE_JAAR } from './feestdagtabel.js';

describe('the generated holiday table', () => {
  it('is byte for byte what the installed date-holidays gives', () => {
    const vastgelegd = readFileSync(new URL('./feestdagtabel.ts', import.meta.url), 'utf8');
    expect(
      vastgelegd,
      `${FEESTDAGTABEL_PAD} wijkt af van wat date-holidays ${leesDateHolidaysVersie()} nu geeft ` +
        `(de tabel komt uit ${DATE_HOLIDAYS_VERSIE}). Voer \`npm run feestdagen\` uit en commit het resultaat.`,
    ).toBe(genereerFeestdagtabel());
  });

  it('covers exactly the years the calendar supports', () => {
    expect([FEESTDAGTABEL_EERSTE_JAAR, FEESTDAGTABEL_LAATSTE_JAAR]).toEqual([EERSTE_JAAR, LAATSTE_JAAR]);
    expect(FEESTDAGJAREN).toHaveLength(LAATSTE_JAAR - EERSTE_JAAR + 1);
  });

  it('decodes, for every year, to the list date-holidays gives (date, name, type, order)', () => {
    const hd = new Holidays('NL', { languages: ['nl'], timezone: 'UTC' });
    const afwijkend: number[] = [];
    for (let jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) {
      const verwacht = hd.getHolidays(jaar).map((h) => {
        const [j, m, d] = h.date.slice(0, 10).split('-').map(Number) as [number, number, number];
        return { dag: epochDag(j, m, d), naam: h.name, type: h.type };
      });
      if (JSON.stringify(leesFeestdagtabel(jaar)) !== JSON.stringify(verwacht)) afwijkend.push(jaar);
    }
    expect(afwijkend).toEqual([]);
  });

  it('gives both policies a calendar for every year (the nine Atw days are always there)', () => {
    for (let jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) {
      const kb = GELIJKSTELLINGSBESLUITEN.flatMap((b) => b.dagen).filter((d) => d.startsWith(`${jaar}-`)).length;
      expect(atwFeestdagen(jaar)).toHaveLength(9 + kb);
      expect(publiekeFeestdagen(jaar)).toHaveLength(9);
    }
  });

  it('2025 as date-holidays names it', () => {
    const f = (jaar: number, m: number, d: number) => epochDag(jaar, m, d);
    expect(publiekeFeestdagen(2025).map((h) => [h.dag, h.naam])).toEqual([
      [f(2025, 1, 1), 'Nieuwjaar'],
      [f(2025, 4, 20), 'Pasen'],
      [f(2025, 4, 21), 'Tweede paasdag'],
      [f(2025, 4, 26), 'Koningsdag'],
      [f(2025, 5, 29), 'Hemelvaartsdag'],
      [f(2025, 6, 8), 'Pinksteren'],
      [f(2025, 6, 9), 'Tweede pinksterdag'],
      [f(2025, 12, 25), 'Kerstmis'],
      [f(2025, 12, 26), 'Tweede kerstdag'],
    ]);
    expect(leesFeestdagtabel(2025).find((h) => h.naam === 'Goede Vrijdag')).toEqual({ dag: f(2025, 4, 18), naam: 'Goede Vrijdag', type: 'school' });
  });

  it('refuses a year it does not hold', () => {
    expect(() => leesFeestdagtabel(EERSTE_JAAR - 1)).toThrow(/kent het jaar 1989 niet/);
    expect(() => leesFeestdagtabel(LAATSTE_JAAR + 1)).toThrow(RangeError);
    expect(() => leesFeestdagtabel(2025.5)).toThrow(RangeError);
  });
});

describe('date-holidays stays out of the runtime', () => {
  it('no source file under src/ imports it (tests may)', () => {
    const bron = new URL('../', import.meta.url);
    const bestanden = (readdirSync(bron, { recursive: true }) as string[])
      .filter((p) => /\.(ts|js|mjs|cjs)$/.test(p) && !/\.test\.ts$/.test(p));
    expect(bestanden.length).toBeGreaterThan(10);
    const importeurs = bestanden.filter((p) => /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]date-holidays['"/]/.test(readFileSync(new URL(p.replaceAll('\\', '/'), bron), 'utf8')));
    expect(importeurs).toEqual([]);
  });
});
