import * as zClassic from 'zod';
const z = zClassic.z;
import { vang } from '../testhulp.js';
import { describe, expect, it } from 'vitest';
import { beslisVervolg } from '../rules/vervolg/vervolg.js';
import { MonitoringInvoerSchema } from '../rules/monitoring/monitoring.js';
import { VervolgInvoerSchema } from '../rules/vervolg/vervolg.js';
import { beslissingen } from '../rules/beslissingen.js';
import { bedoeld, nlFoutmelding } from './zodNl.js';

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
