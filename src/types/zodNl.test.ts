import * as zClassic from 'zod';
const z = zClassic.z;
import { vang } from '../testhulp.js';
import { describe, expect, it } from 'vitest';
import { beslisVervolg } from '../rules/vervolg/vervolg.js';
import { MonitoringInvoerSchema } from '../rules/monitoring/monitoring.js';
import { VervolgInvoerSchema } from '../rules/vervolg/vervolg.js';
import { beslissingen } from '../rules/beslissingen.js';
import * as zm from 'zod/mini';
import { InvoerFout } from './fouten.js';
import { bedoeld, ingekort, kortMelding, MAX_PROBLEMEN, nlFoutmelding } from './zodNl.js';

describe('Dutch zod messages, per parse', () => {
  it('the exported schemas give Dutch messages when nlFoutmelding is passed', () => {
    const r = VervolgInvoerSchema.safeParse({ spoedOfCrisis: 'ja', moment: '2025-04-17T14:30' }, { error: nlFoutmelding });
    expect(r.error?.issues.map((i: { path: PropertyKey[]; message: string }) => [i.path.join('.'), i.message])).toEqual([
      ['spoedOfCrisis', "Verwacht true of false, maar kreeg de tekst 'ja'."],
      ['moment', "'2025-04-17T14:30' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-04-17T14:30+01:00' of '2025-04-17T14:30Z'."],
    ]);
    expect(MonitoringInvoerSchema.safeParse({ overdrachtNa: 'raad' }, { error: nlFoutmelding }).error?.issues[0]?.message).toBe(
      "Verwacht een van: 'veiligheidsbeoordeling', 'onderzoek', 'voorwaarden-en-vervolg'; kreeg de tekst 'raad'.",
    );
  });

  it('never changes zod’s global configuration: other schemas keep zod’s own messages', async () => {
    expect(vang(() => beslisVervolg({ spoedOfCrisis: 'ja' } as never))).toBeInstanceOf(Error);
    const ander = z.object({ a: z.boolean() }).safeParse({ a: 'ja' });
    expect(ander.error?.issues[0]?.message).toBe('Invalid input: expected boolean, received string');
  });

  it('a missing or non-object invoer says so', async () => {
    expect(vang(() => beslisVervolg(undefined as never))).toMatchObject({ problemen: [{ pad: '', melding: 'Verwacht een object met velden, maar kreeg niets.' }] });
    expect(vang(() => beslisVervolg([] as never))).toMatchObject({ problemen: [{ pad: '', melding: 'Verwacht een object met velden, maar kreeg een lijst.' }] });
  });

  it('suggests the field a typo was meant to be, and nothing for a far-off name', () => {
    expect(bedoeld('beschermingsmaatregelnodig', Object.keys(beslissingen.vervolg.feiten))).toBe('beschermingsmaatregelNodig');
    expect(bedoeld('spoed', Object.keys(beslissingen.vervolg.feiten))).toBeUndefined();
  });
});

describe('bad input costs bounded time and text', () => {
  const veel = (n: number): Record<string, boolean> => {
    const invoer: Record<string, boolean> = {};
    for (let i = 0; i < n; i++) invoer[`onbekendVeld${i}`] = true;
    return invoer;
  };
  const bekend = Object.keys(beslissingen.vervolg.feiten).join(', ');

  it.each([10_000, 100_000])('%i unknown keys: hints for the first 5, 20 problems named by pad, then one "… en N meer"', (n) => {
    const fout = vang(() => beslisVervolg(veel(n) as never)) as InvoerFout;
    expect(fout).toBeInstanceOf(InvoerFout);
    expect(fout.problemen).toHaveLength(MAX_PROBLEMEN + 1);
    expect(fout.problemen[0]).toMatchObject({ pad: 'onbekendVeld0', melding: `Onbekend veld 'onbekendVeld0'. Bekende velden: ${bekend}.` });
    expect(fout.problemen[1]).toMatchObject({ pad: 'onbekendVeld1', melding: "Onbekend veld 'onbekendVeld1'." });
    expect(fout.problemen[19]).toMatchObject({ pad: 'onbekendVeld19', melding: "Onbekend veld 'onbekendVeld19'." });
    expect(fout.problemen[20]).toMatchObject({ pad: '', melding: `… en ${n - 20} meer problemen (niet getoond).` });
    expect(fout.message.length).toBeLessThan(2_000);
  });

  it('computes the hint for at most 5 unknown fields', () => {
    const invoer = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`spoedofcrisis${i}`, true]));
    const fout = vang(() => beslisVervolg(invoer as never)) as InvoerFout;
    expect(fout.problemen.map((p) => p.melding.includes("Bedoelde u 'spoedOfCrisis'?"))).toEqual([true, true, true, true, true, false, false, false]);
    expect(fout.problemen.map((p) => p.pad)).toEqual(Object.keys(invoer));
  });

  it('cuts off an echoed value after 80 characters, in the message and in the pad', () => {
    const lang = 'x'.repeat(1_000_000);
    const x80 = 'x'.repeat(80);
    const fout = vang(() => beslisVervolg({ spoedOfCrisis: lang, moment: `2025-${lang}`, [lang]: true } as never)) as InvoerFout;
    expect(fout.problemen).toMatchObject([
      { pad: 'spoedOfCrisis', melding: `Verwacht true of false, maar kreeg de tekst '${x80}…'.` },
      { pad: 'moment', melding: `'2025-${'x'.repeat(75)}…' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00.` },
      { pad: `${x80}…`, melding: `Onbekend veld '${x80}…'. Bekende velden: ${bekend}.` },
    ]);
    expect(ingekort('a😀b', 2)).toBe('a…'); // never half a surrogate pair
    expect(kortMelding(`De gemeente '${lang}' hoort niet bij regio x.`)).toBe(`De gemeente '${x80}…' hoort niet bij regio x.`);
  });

  it('bedoeld compares a huge name with nothing (the distance is at least the difference in length)', () => {
    expect(bedoeld('s'.repeat(10_000_000), Object.keys(beslissingen.vervolg.feiten))).toBeUndefined();
  });

  it('every zod issue code that can occur reads as Dutch', () => {
    const bericht = (schema: zm.ZodMiniType, w: unknown) => schema.safeParse(w, { error: nlFoutmelding }).error?.issues[0]?.message;
    expect(bericht(zm.record(zm.string(), zm.unknown()), 'ja')).toBe("Verwacht een object met velden, maar kreeg de tekst 'ja'.");
    expect(bericht(zm.union([zm.string(), zm.object({ soort: zm.string() })]), 5)).toBe('Verwacht een tekst of een object, maar kreeg het getal 5.');
    expect(bericht(zm.array(zm.string()).check(zm.maxLength(2)), ['a', 'b', 'c'])).toBe('Te veel: hoogstens 2 elementen.');
    expect(bericht(zm.string().check(zm.maxLength(3)), 'abcd')).toBe('Te lang: hoogstens 3 tekens.');
    expect(bericht(zm.number().check(zm.maximum(3)), 4)).toBe('Te groot: hoogstens 3.');
    expect(bericht(zm.array(zm.string()).check(zm.minLength(1)), [])).toBe('De lijst mag niet leeg zijn.');
    expect(bericht(zm.record(zm.enum(['a']), zm.unknown()), { b: 1 })).toBe("Onbekend veld 'b'.");
    expect(bericht(zm.record(zm.string().check(zm.minLength(3)), zm.unknown()), { b: 1 })).toBe("Ongeldige veldnaam 'b'.");
    const element = { code: 'invalid_element', origin: 'map', key: 'a', input: 1, issues: [{ code: 'invalid_type', expected: 'string', path: [], message: 'Verwacht een tekst, maar kreeg het getal 1.' }] };
    expect(nlFoutmelding(element as never)).toBe('Ongeldig element: Verwacht een tekst, maar kreeg het getal 1.');
    expect(bericht(zm.strictObject({}), veel(50))).toBe("Onbekend veld 'onbekendVeld0', 'onbekendVeld1', 'onbekendVeld2', 'onbekendVeld3', 'onbekendVeld4' … en 45 meer.");
  });
});
