import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { beslisVervolg } from '../rules/vervolg/vervolg.js';
import { VervolgInvoerSchema, MonitoringInvoerSchema } from './schemas.js';
import { bedoeld, nlFoutmelding } from './zodNl.js';

describe('Dutch zod messages, per parse', () => {
  it('the exported schemas give Dutch messages when nlFoutmelding is passed', () => {
    const r = VervolgInvoerSchema.safeParse({ spoedOfCrisis: 'ja', moment: '2025-04-17T14:30' }, { error: nlFoutmelding });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['spoedOfCrisis', "Verwacht true of false, maar kreeg de tekst 'ja'."],
      ['moment', "'2025-04-17T14:30' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-04-17T14:30+01:00' of '2025-04-17T14:30Z'."],
    ]);
    expect(MonitoringInvoerSchema.safeParse({ overdrachtNa: 'raad' }, { error: nlFoutmelding }).error?.issues[0]?.message).toBe(
      "Verwacht een van: 'veiligheidsbeoordeling', 'onderzoek', 'voorwaarden-en-vervolg'; kreeg de tekst 'raad'.",
    );
  });

  it('never changes zod’s global configuration: other schemas keep zod’s own messages', async () => {
    await beslisVervolg({ spoedOfCrisis: 'ja' } as never).catch(() => undefined);
    const ander = z.object({ a: z.boolean() }).safeParse({ a: 'ja' });
    expect(ander.error?.issues[0]?.message).toBe('Invalid input: expected boolean, received string');
  });

  it('a missing or non-object invoer says so', async () => {
    await expect(beslisVervolg(undefined as never)).rejects.toMatchObject({ problemen: [{ pad: '', melding: 'Verwacht een object met velden, maar kreeg niets.' }] });
    await expect(beslisVervolg([] as never)).rejects.toMatchObject({ problemen: [{ pad: '', melding: 'Verwacht een object met velden, maar kreeg een lijst.' }] });
  });

  it('suggests the field a typo was meant to be, and nothing for a far-off name', () => {
    expect(bedoeld('beschermingsmaatregelnodig', Object.keys(VervolgInvoerSchema.shape))).toBe('beschermingsmaatregelNodig');
    expect(bedoeld('spoed', Object.keys(VervolgInvoerSchema.shape))).toBeUndefined();
  });
});
