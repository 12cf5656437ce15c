import { vang } from '../../testhulp.js';
import { InvoerFout } from '../../types/fouten.js';
import { describe, expect, it } from 'vitest';
import { elkeRegelVuurt } from '../_lib/testhulp.js';
import { beslisMonitoring } from './monitoring.js';

describe('beslisMonitoring', () => {
  it('verplicht and momenten with every uitkomst: false and none when not monitoring; the moments once the overdrachtsdatum is known', () => {
    const kern = (invoer: object) => {
      const b = beslisMonitoring(invoer as never, { peildatum: '2025-06-02' });
      return b.status === 'besloten' ? [b.uitkomst, b.verplicht, b.momenten, b.ontbrekendVoorActies] : b.status;
    };
    const niet = ['niet-monitoren', false, [], undefined];
    expect(kern({ overdrachtNa: 'onderzoek', overdrachtAan: 'gecertificeerde-instelling' })).toEqual(niet);
    expect(kern({ overdrachtNa: 'veiligheidsbeoordeling', overdrachtAan: 'lokaal-team', vtBesluitTotMonitoring: false })).toEqual(niet);
    expect(kern({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: true })).toEqual(niet);
    expect(kern({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', gegrondeRedenGeenMonitoring: 'Gezin verhuisd.' })).toEqual(niet);
    expect(kern({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'betrokken-hulpverlening' })).toEqual(['monitoren', true, [], ['overdrachtsdatum']]);
    // 3 and 12 months after 31 March 2025: 30 June (June has 30 days) and 31 March 2026.
    expect(kern({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'betrokken-hulpverlening', overdrachtsdatum: '2025-03-31' })).toEqual([
      'monitoren', true, ['2025-06-30', '2026-03-31'], undefined,
    ]);
  });

  elkeRegelVuurt('monitoring', beslisMonitoring, [
    { regel: 'monitoring.gecertificeerde-instelling', invoer: { overdrachtNa: 'onderzoek', overdrachtAan: 'gecertificeerde-instelling' }, uitkomst: 'niet-monitoren' },
    { regel: 'monitoring.na-veiligheidsbeoordeling-besluit', invoer: { overdrachtNa: 'veiligheidsbeoordeling', overdrachtAan: 'lokaal-team', vtBesluitTotMonitoring: true }, uitkomst: 'monitoren' },
    { regel: 'monitoring.na-veiligheidsbeoordeling-geen-besluit', invoer: { overdrachtNa: 'veiligheidsbeoordeling', overdrachtAan: 'lokaal-team', vtBesluitTotMonitoring: false }, uitkomst: 'niet-monitoren' },
    { regel: 'monitoring.na-onderzoek', invoer: { overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false }, uitkomst: 'monitoren' },
    { regel: 'monitoring.vermoeden-weerlegd', invoer: { overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: true }, uitkomst: 'niet-monitoren' },
    { regel: 'monitoring.gegronde-reden', invoer: { overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', gegrondeRedenGeenMonitoring: 'Gezin verhuisd naar het buitenland.' }, uitkomst: 'niet-monitoren' },
    { regel: 'monitoring.na-voorwaarden-en-vervolg', invoer: { overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'betrokken-hulpverlening' }, uitkomst: 'monitoren' },
  ]);

  it('after V&V: always, verplicht, at 3 and 12 months from the overdracht (31 jan → 30 apr, clamped)', async () => {
    const b = await beslisMonitoring({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', overdrachtsdatum: '2025-01-31' });
    expect(b.status === 'besloten' && [b.uitkomst, b.verplicht, b.momenten, b.acties.map((a) => [a.soort, a['momenten']])]).toEqual([
      'monitoren', true, ['2025-04-30', '2026-01-31'], [['monitoren', ['2025-04-30', '2026-01-31']], ['medewerking-lokaal-team', undefined]],
    ]);
  });

  it('says what is recorded where, how VT monitors, and what the lokale team does (GZ §7.1 B, C)', () => {
    const b = beslisMonitoring({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', overdrachtsdatum: '2025-01-31' });
    expect(b.status === 'besloten' && b.acties.map((a) => [a.soort, a['vastleggen'], a['hoe'], a['door']])).toEqual([
      ['monitoren', 'in de afsluitbrief', ['contacten met de professionals van de overdrachtspartijen', 'individueel contact met alle directbetrokkenen', 'het scoren en onderbouwen van de veiligheid door professionals en directbetrokkenen'], undefined],
      ['medewerking-lokaal-team', undefined, undefined, 'lokaal-team'],
    ]);
    expect(b.status === 'besloten' && b.acties[1]!.uitleg).toBe(
      'Het lokale team werkt mee aan het monitoren: het levert relevante informatie over de casus aan, leeft de afspraken van vóór de monitoring na en laat Veilig Thuis weten wanneer de casusregie overgaat naar een andere partij.',
    );
  });

  it('no noted reason: the main rule, as footnotes 12-13 say (not an interpretation)', () => {
    const b = beslisMonitoring({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false });
    expect(b.status === 'besloten' && b.redenen.map((r) => [r.regel, r.interpretatie, r.bronnen.map((x) => x.vindplaats)])).toEqual([
      ['monitoring.na-onderzoek', undefined, [
        '§7.1 "Monitoring op casusniveau", met voetnoten 12 en 13 (Handelingsprotocol Veilig Thuis, pag. 50-51)',
        '§7.1 A, voetnoten 12 en 13 ("Of er moeten (andere) gegronde redenen zijn om niet te kiezen voor monitoring. Dit moet altijd genoteerd worden in REGAS.")',
        '§7.1 B ("monitort ten minste na 3 en 12 maanden, en zo veel vaker en langer als nodig is. Dit staat in de afsluitbrief")',
      ]],
    ]);
  });

  it('after a VB, when VT decides to: monitoren, but not verplicht', async () => {
    const b = await beslisMonitoring({ overdrachtNa: 'veiligheidsbeoordeling', overdrachtAan: 'lokaal-team', vtBesluitTotMonitoring: true, overdrachtsdatum: '2024-02-29' });
    expect(b.status === 'besloten' && [b.verplicht, b.momenten]).toEqual([false, ['2024-05-29', '2025-02-28']]);
  });

  it('a gegronde reden is kept in the acties, word for word', async () => {
    const b = await beslisMonitoring({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false, gegrondeRedenGeenMonitoring: 'Zorg loopt via de GI.' });
    expect(b.status === 'besloten' && [b.uitkomst, b.verplicht, b.momenten, b.acties]).toEqual([
      'niet-monitoren', false, [], [{ soort: 'leg-gegronde-reden-vast', waar: 'REGAS', reden: 'Zorg loopt via de GI.', uitleg: 'De gegronde reden om niet te monitoren wordt genoteerd in het registratiesysteem (REGAS).', bronnen: expect.any(Array) }],
    ]);
  });

  it('a GI: never, whatever else is said', async () => {
    const b = await beslisMonitoring({ overdrachtAan: 'gecertificeerde-instelling', vtBesluitTotMonitoring: true });
    expect(b.status === 'besloten' && [b.uitkomst, b.redenen.map((r) => r.regel)]).toEqual(['niet-monitoren', ['monitoring.gecertificeerde-instelling']]);
  });

  it('monitoren without an overdrachtsdatum: no momenten yet, and it says what is missing', async () => {
    const b = await beslisMonitoring({ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team' });
    expect(b.status === 'besloten' && [b.momenten, b.ontbrekendVoorActies]).toEqual([[], ['overdrachtsdatum']]);
  });

  it('after onderzoek with weerlegd unknown: onvolledig, asking it', async () => {
    expect(await beslisMonitoring({ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team' })).toEqual({
      status: 'onvolledig', beslissing: 'monitoring', ontbrekend: ['vermoedenWeerlegd'], mogelijkeUitkomsten: ['monitoren', 'niet-monitoren'],
    });
  });

  it('blank reden and bad dates are refused', async () => {
    expect(vang(() => beslisMonitoring({ gegrondeRedenGeenMonitoring: '   ' }))).toMatchObject({
      problemen: [{ pad: 'gegrondeRedenGeenMonitoring', melding: 'Lege tekst is geen antwoord: laat het veld weg (of geef null) zolang het niet bekend is.' }],
    });
    expect(vang(() => beslisMonitoring({ overdrachtsdatum: '2025-2-3' }))).toMatchObject({
      problemen: [{ pad: 'overdrachtsdatum', melding: "'2025-2-3' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03)." }],
    });
    expect(vang(() => beslisMonitoring({ overdrachtAan: 'jeugdzorg' } as never))).toMatchObject({
      problemen: [{ pad: 'overdrachtAan', melding: "Verwacht een van: 'lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling'; kreeg de tekst 'jeugdzorg'." }],
    });
  });

  it("overdrachtAan 'raad' is not an option: an InvoerFout naming the field and listing the options", () => {
    const fout = vang(() => beslisMonitoring({ overdrachtAan: 'raad', overdrachtNa: 'onderzoek', vermoedenWeerlegd: false } as never));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([
      { pad: 'overdrachtAan', melding: "Verwacht een van: 'lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling'; kreeg de tekst 'raad'." },
    ]);
  });
});
