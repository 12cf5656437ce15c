import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alleObjecten, padEnCode, vang, vangInvoerFout } from '../testhulp.js';
import { InvoerFout } from '../types/fouten.js';
import { BESLIS_OPTIES } from '../rules/_lib/besluit.js';
import { BRON } from './bronnen.js';
import { formatEpochDag, leesDatum } from './datum.js';
import { maakWerkdagkalender, standaardKalender, standaardOpeningskalender, WERKDAGKALENDER_OPTIES } from './kalender.js';
import type { OptiesVorm } from './opties.js';
import { isKantoortijd, monitoringmomenten, optiesSchemas, termijnVeiligheidsbeoordeling, termijnVervolgdienst } from './termijnen.js';

const problemen = (f: () => unknown) => vangInvoerFout(f).problemen;

describe('termijnVeiligheidsbeoordeling', () => {
  it('received Wed 2024-05-08 → Fri 2024-05-17, skipping Hemelvaart, the KB day and the weekend', () => {
    const t = termijnVeiligheidsbeoordeling('2024-05-08');
    expect(t.start).toBe('2024-05-08');
    expect(t.uiterlijk).toBe('2024-05-17');
    expect(t.overgeslagen).toEqual([
      { datum: '2024-05-09', naam: 'Hemelvaartsdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      {
        datum: '2024-05-10',
        naam: 'Gelijkgestelde dag (Koninklijk Besluit)',
        bron: 'Algemene termijnenwet art. 3 lid 3; Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025',
      },
      { datum: '2024-05-11', naam: 'zaterdag', bron: 'weekend' },
      { datum: '2024-05-12', naam: 'zondag', bron: 'weekend' },
    ]);
    expect(t.bronnen.map((b) => b.document)).toEqual([
      'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
      'Handelingsprotocol Veilig Thuis 2019',
    ]);
    expect(t.kalenderbeleid).toBe('atw');
    expect(t.waarschuwingen).toEqual([]);
    expect(t.uitleg).toBe(
      'De melding is ontvangen op woensdag 8 mei 2024 (dag 0); de veiligheidsbeoordeling moet binnen 5 werkdagen plaatsvinden, dus uiterlijk op ' +
        'vrijdag 17 mei 2024; 4 dagen tellen niet mee (Hemelvaartsdag, Gelijkgestelde dag (Koninklijk Besluit), zaterdag, zondag).',
    );
  });

  it.each([
    ['2025-04-17', '2025-04-28', ['2025-04-18 Goede Vrijdag', '2025-04-19 zaterdag', '2025-04-20 zondag', '2025-04-21 Tweede Paasdag', '2025-04-26 zaterdag', '2025-04-27 zondag']],
    ['2024-12-24', '2025-01-06', ['2024-12-25 Eerste Kerstdag', '2024-12-26 Tweede Kerstdag', '2024-12-27 Gelijkgestelde dag (Koninklijk Besluit)', '2024-12-28 zaterdag', '2024-12-29 zondag', '2025-01-01 Nieuwjaarsdag', '2025-01-04 zaterdag', '2025-01-05 zondag']],
    ['2026-04-24', '2026-05-04', ['2026-04-25 zaterdag', '2026-04-26 zondag', '2026-04-27 Koningsdag', '2026-05-02 zaterdag', '2026-05-03 zondag']],
  ])('received %s → %s', (ontvangen, uiterlijk, overgeslagen) => {
    const t = termijnVeiligheidsbeoordeling(ontvangen);
    expect(t.uiterlijk).toBe(uiterlijk);
    expect(t.overgeslagen.map((d) => `${d.datum} ${d.naam}`)).toEqual(overgeslagen);
  });

  it('converts a Tijdstip to Amsterdam first: 23:30 UTC on 31 December is 1 January', () => {
    const t = termijnVeiligheidsbeoordeling('2025-12-31T23:30:00Z');
    expect(t.start).toBe('2026-01-01');
    // 1 Jan Nieuwjaarsdag is day 0; 2 Jan is a KB day; 3–4 weekend → 5,6,7,8,9 January.
    expect(t.uiterlijk).toBe('2026-01-09');
  });

  it('a Tijdstip in the Amsterdam evening stays that day, whatever its offset', () => {
    expect(termijnVeiligheidsbeoordeling('2025-03-03T22:59:00Z').start).toBe('2025-03-03');
    expect(termijnVeiligheidsbeoordeling('2025-03-03T23:00:00Z').start).toBe('2025-03-04');
    expect(termijnVeiligheidsbeoordeling('2025-07-03T21:59:00Z').start).toBe('2025-07-03');
    expect(termijnVeiligheidsbeoordeling('2025-07-03T22:00:00Z').start).toBe('2025-07-04');
    expect(termijnVeiligheidsbeoordeling('2025-07-03T15:00:00-07:00').start).toBe('2025-07-04');
  });

  it('received 2022-05-25 → 2022-06-03: Hemelvaart and the KB day 27 mei 2022 do not count', () => {
    const t = termijnVeiligheidsbeoordeling('2022-05-25');
    expect(t.uiterlijk).toBe('2022-06-03');
    expect(t.overgeslagen).toEqual([
      { datum: '2022-05-26', naam: 'Hemelvaartsdag', bron: 'Algemene termijnenwet art. 3 lid 1' },
      {
        datum: '2022-05-27',
        naam: 'Gelijkgestelde dag (Koninklijk Besluit)',
        bron: 'Algemene termijnenwet art. 3 lid 3; Besluit van 20 september 2019 (gelijkstelling van 22 mei 2020, 14 mei 2021 en 27 mei 2022 met een algemeen erkende feestdag)',
      },
      { datum: '2022-05-28', naam: 'zaterdag', bron: 'weekend' },
      { datum: '2022-05-29', naam: 'zondag', bron: 'weekend' },
    ]);
    expect(t.waarschuwingen).toEqual([]);
    expect(standaardKalender.gelijkgesteldeDagenBekend(2022)).toBe(true);
  });

  it.each([
    ['2016-05-04', '2016-05-13', '2016-05-06'], // Hemelvaart and 5 mei on Thu 5 May, KB day Fri 6 May
    ['2018-12-20', '2019-01-03', '2018-12-31'], // 24 and 31 December 2018 (Mondays) are KB days
    ['2019-05-29', '2019-06-07', '2019-05-31'],
    ['2020-05-20', '2020-05-29', '2020-05-22'],
    ['2021-05-12', '2021-05-21', '2021-05-14'],
  ])('received %s → %s, skipping the KB day %s', (ontvangen, uiterlijk, kbDag) => {
    const t = termijnVeiligheidsbeoordeling(ontvangen);
    expect(t.uiterlijk).toBe(uiterlijk);
    expect(t.overgeslagen.find((d) => d.datum === kbDag)?.naam).toBe('Gelijkgestelde dag (Koninklijk Besluit)');
    expect(t.waarschuwingen).toEqual([]);
  });

  it('warns for a year before the first shipped decree (2013)', () => {
    expect(termijnVeiligheidsbeoordeling('2013-05-07').waarschuwingen).toEqual([
      'Voor 2013 zijn de bij Koninklijk Besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) nog niet bekend; zo’n dag telt in deze berekening als werkdag.',
    ]);
  });

  it('uses the calendar it is given', () => {
    const t = termijnVeiligheidsbeoordeling('2025-04-17', { kalender: maakWerkdagkalender({ beleid: 'feestdagen' }) });
    expect(t.uiterlijk).toBe('2025-04-25');
    expect(t.kalenderbeleid).toBe('feestdagen');
  });

  it('warns when the decreed days of a year it crosses are not known', () => {
    expect(termijnVeiligheidsbeoordeling('2028-12-28').waarschuwingen).toEqual([
      'Voor 2029 zijn de bij Koninklijk Besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) nog niet bekend; zo’n dag telt in deze berekening als werkdag.',
    ]);
  });

  it('rejects bad input in Dutch', () => {
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03T10:00:00'))).toMatchObject([
      { pad: 'ontvangen', melding: "'2025-02-03T10:00:00' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-02-03T10:00:00+01:00' of '2025-02-03T10:00:00Z'." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-30'))[0]?.pad).toBe('ontvangen');
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03T25:00:00Z'))[0]?.melding).toBe("'2025-02-03T25:00:00Z' bevat geen geldige tijd.");
    expect(problemen(() => termijnVeiligheidsbeoordeling('morgen'))[0]?.melding).toBe("'morgen' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00).");
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03', { spoed: true } as never))).toMatchObject([
      { pad: 'opties.spoed', melding: "Onbekende optie 'spoed'. Bekend zijn: kalender, spoedOfCrisis, openingskalender." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03', { openingskalender: 'feestdagen' } as never))).toMatchObject([
      { pad: 'opties.openingskalender', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' },
    ]);
  });
});

describe('termijnVeiligheidsbeoordeling with spoed en crisis', () => {
  const spoed = (ontvangen: string, openingskalender?: ReturnType<typeof maakWerkdagkalender>) =>
    termijnVeiligheidsbeoordeling(ontvangen, openingskalender ? { spoedOfCrisis: true, openingskalender } : { spoedOfCrisis: true });
  const regio = ' Dit is de afspraak in Gelderland-Zuid; regio’s regelen de crisisdienst verschillend.';

  it.each([
    ['2024-05-10T10:00:00+02:00', '2024-05-10', 'vrijdag 10 mei 2024'], // KB-equated Friday: an ordinary office day
    ['2025-05-05T10:00:00+02:00', '2025-05-05', 'maandag 5 mei 2025'], // 5 mei (even in a lustrum year)
    ['2025-04-18T10:00:00+02:00', '2025-04-18', 'vrijdag 18 april 2025'], // Goede Vrijdag
  ])('%s is within kantooruren with the default openingskalender: the same day', (ontvangen, dag, leesbaar) => {
    const t = spoed(ontvangen);
    expect(t.spoed).toBe('zelfde-dag');
    expect(t.uiterlijk).toBe(dag);
    expect(t.start).toBe(dag);
    expect(t.overgeslagen).toEqual([]);
    expect(t.kalenderbeleid).toBe('feestdagen');
    expect(t.waarschuwingen).toEqual([]);
    expect(t.uitleg).toBe(
      `Spoed en crisis: ${leesbaar} om 10:00 is binnen kantooruren (9–17 uur op een openingsdag): Veilig Thuis gaat er dezelfde dag nog op af, uiterlijk ${leesbaar}.${regio}`,
    );
  });

  it.each([
    ['2024-05-10T10:00:00+02:00', '2024-05-10', 'vrijdag 10 mei 2024'],
    ['2025-05-05T10:00:00+02:00', '2025-05-05', 'maandag 5 mei 2025'],
    ['2025-04-18T10:00:00+02:00', '2025-04-18', 'vrijdag 18 april 2025'],
  ])('%s is outside kantooruren when the organisation is closed that day: the SEZ', (ontvangen, dag, leesbaar) => {
    const t = spoed(ontvangen, maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [dag] }));
    expect(t.spoed).toBe('sez');
    expect(t.uiterlijk).toBe(dag);
    expect(t.uitleg).toBe(
      `Spoed en crisis: ${leesbaar} om 10:00 is buiten kantooruren (die dag is de organisatie gesloten: Extra vrije dag van de organisatie): ` +
        `de SEZ wordt direct ingezet.${regio}`,
    );
  });

  it('23:30 is outside kantooruren: the SEZ, the same day', () => {
    const t = spoed('2025-04-17T23:30:00+02:00');
    expect(t.spoed).toBe('sez');
    expect(t.uiterlijk).toBe('2025-04-17');
    expect(t.uitleg).toBe(
      `Spoed en crisis: donderdag 17 april 2025 om 23:30 is buiten kantooruren (9–17 uur op een openingsdag): de SEZ wordt direct ingezet.${regio}`,
    );
    expect(t.bronnen).toEqual([
      {
        document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0',
        vindplaats:
          '§5.1 B en §5.3 B ("Als er sprake is van spoed en crisis tijdens kantooruren dan gaat Veilig Thuis altijd dezelfde dag er nog op af, buiten kantooruren wordt SEZ ingezet")',
      },
      { document: 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0', vindplaats: '§8.4 ("tijdens kantoortijden (van 9 tot 17 uur)")' },
      { document: 'Samen werken aan een veilig thuis (AEF, 2020)', vindplaats: '§2.4 "Aanvullende afspraken", Crisisdienst (regio’s regelen de crisisdienst verschillend)' },
    ]);
  });

  it('a weekend and a public holiday are outside kantooruren by default', () => {
    expect(spoed('2025-04-19T10:00:00+02:00').uitleg).toBe(
      `Spoed en crisis: zaterdag 19 april 2025 om 10:00 is buiten kantooruren (die dag is de organisatie gesloten: zaterdag): de SEZ wordt direct ingezet.${regio}`,
    );
    expect(spoed('2025-04-21T10:00:00+02:00').spoed).toBe('sez'); // Tweede Paasdag
  });

  it('the boundaries: 08:59 and 17:00 are outside, 09:00 and 16:59 within', () => {
    expect(spoed('2025-03-03T08:59:00+01:00').spoed).toBe('sez');
    expect(spoed('2025-03-03T09:00:00+01:00').spoed).toBe('zelfde-dag');
    expect(spoed('2025-03-03T16:59:00+01:00').spoed).toBe('zelfde-dag');
    expect(spoed('2025-03-03T17:00:00+01:00').spoed).toBe('sez');
  });

  it('reads the moment in Amsterdam, whatever its offset and the machine’s time zone', () => {
    // 08:30 UTC on a winter Monday is 09:30 in Amsterdam; 16:30 UTC is 17:30.
    expect(spoed('2025-01-06T08:30:00Z').spoed).toBe('zelfde-dag');
    expect(spoed('2025-01-06T16:30:00Z').spoed).toBe('sez');
    // 01:00 in Los Angeles on Friday 18 April is 10:00 in Amsterdam (Goede Vrijdag, an office day).
    expect(spoed('2025-04-18T01:00:00-07:00').spoed).toBe('zelfde-dag');
    // 23:30 UTC on 31 December is 00:30 on Nieuwjaarsdag in Amsterdam: the SEZ, on 1 January.
    const t = spoed('2025-12-31T23:30:00Z');
    expect([t.spoed, t.uiterlijk]).toEqual(['sez', '2026-01-01']);
    expect(t.uitleg).toContain('donderdag 1 januari 2026 om 00:30 is buiten kantooruren (die dag is de organisatie gesloten: Nieuwjaar)');
  });

  it('the termijn kalender does not decide kantooruren: the Atw calendar closes the KB day, the office is open', () => {
    const t = termijnVeiligheidsbeoordeling('2024-05-10T10:00:00+02:00', { spoedOfCrisis: true, kalender: standaardKalender });
    expect(t.spoed).toBe('zelfde-dag');
  });

  it('with only a Datum the spoed kind cannot be decided: no spoed, a warning asking for a Tijdstip', () => {
    const t = termijnVeiligheidsbeoordeling('2025-04-17', { spoedOfCrisis: true });
    expect(t.uiterlijk).toBe('2025-04-17');
    expect('spoed' in t).toBe(false);
    expect(t.uitleg).toBe('Bij spoed en crisis wordt er dezelfde dag nog ingegrepen: uiterlijk donderdag 17 april 2025.');
    expect(t.waarschuwingen).toEqual([
      'Zonder tijdstip is niet te bepalen of Veilig Thuis er dezelfde dag op afgaat (binnen kantooruren) of dat de SEZ ' +
        "wordt ingezet (buiten kantooruren): geef 'ontvangen' als tijdstip, bijvoorbeeld '2025-04-17T14:30:00+02:00'.",
    ]);
  });

  it('without spoed there is no spoed field', () => {
    expect('spoed' in termijnVeiligheidsbeoordeling('2025-04-17T10:00:00+02:00')).toBe(false);
  });
});

describe('termijnVervolgdienst', () => {
  it('is 70 days after the start when that is a werkdag', () => {
    const t = termijnVervolgdienst('2025-03-03');
    expect(t.uiterlijk).toBe('2025-05-12');
    expect(t.overgeslagen).toEqual([]);
    expect(t.interpretatie).toBe(
      'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf de start van de dienst (de standaardlezing van dit pakket).',
    );
  });

  it('extends to the next werkdag under Atw art. 1', () => {
    const t = termijnVervolgdienst('2025-03-01');
    expect(t.uiterlijk).toBe('2025-05-12');
    expect(t.overgeslagen.map((d) => d.datum)).toEqual(['2025-05-10', '2025-05-11']);
    expect(t.bronnen).toContainEqual({ document: 'Algemene termijnenwet', vindplaats: 'art. 1 lid 1' });
  });

  it('extends over a chain of non-werkdagen: Hemelvaart, KB day, weekend', () => {
    // 2024-02-29 + 70 days = Thursday 9 May 2024 (Hemelvaartsdag).
    const t = termijnVervolgdienst('2024-02-29');
    expect(t.uiterlijk).toBe('2024-05-13');
    expect(t.overgeslagen.map((d) => d.naam)).toEqual(['Hemelvaartsdag', 'Gelijkgestelde dag (Koninklijk Besluit)', 'zaterdag', 'zondag']);
  });

  it('does not extend when atwVerlenging is false', () => {
    const t = termijnVervolgdienst('2025-03-01', { atwVerlenging: false });
    expect(t.uiterlijk).toBe('2025-05-10');
    expect(t.overgeslagen).toEqual([]);
    expect(t.bronnen).not.toContainEqual({ document: 'Algemene termijnenwet', vindplaats: 'art. 1 lid 1' });
  });

  it('says from which moment it counts', () => {
    expect(termijnVervolgdienst('2025-03-03', { vanaf: 'ontvangst-melding' }).interpretatie).toBe(
      'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf de ontvangst van de melding.',
    );
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { vanaf: 'gisteren' as never }))[0]?.pad).toBe('opties.vanaf');
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { atwVerlenging: 'ja' as never }))).toMatchObject([
      { pad: 'opties.atwVerlenging', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." },
    ]);
  });
});

describe('monitoringmomenten', () => {
  it.each([
    ['2025-01-15', ['2025-04-15', '2026-01-15']],
    ['2025-11-30', ['2026-02-28', '2026-11-30']],
    ['2024-02-29', ['2024-05-29', '2025-02-28']],
    ['2025-10-31', ['2026-01-31', '2026-10-31']],
  ])('%s → %j', (d, momenten) => {
    expect(monitoringmomenten(d)).toEqual(momenten);
  });
  it('rejects an invalid date', () => {
    expect(problemen(() => monitoringmomenten('2025-04-31'))).toMatchObject([
      { pad: 'overdrachtsdatum', melding: "'2025-04-31' is geen geldige datum: april 2025 heeft 30 dagen." },
    ]);
  });
});

describe('isKantoortijd', () => {
  it.each([
    ['2025-04-17T14:30:00+02:00', true],
    ['2025-04-17T09:00:00+02:00', true],
    ['2025-04-17T08:59:59+02:00', false],
    ['2025-04-17T17:00:00+02:00', false],
    ['2025-04-17T16:59:00+02:00', true],
    ['2025-04-18T10:00:00+02:00', true], // Goede Vrijdag: an office day (opening hours are not the Atw)
    ['2025-04-21T10:00:00+02:00', false], // Tweede Paasdag
    ['2025-04-19T10:00:00+02:00', false], // zaterdag
    ['2025-01-06T07:30:00Z', false], // 08:30 in winter
    ['2025-01-06T08:30:00Z', true], // 09:30 in winter
    ['2025-07-07T07:30:00Z', true], // 09:30 in summer
    ['2025-07-07T15:00:00Z', false], // 17:00 in summer
    ['2025-03-31T07:00:00Z', true], // day after the switch to summer time: 09:00
  ] as const)('%s → %s', (moment, verwacht) => {
    expect(isKantoortijd(moment)).toBe(verwacht);
  });

  it('takes other hours', () => {
    expect(isKantoortijd('2025-04-17T08:30:00+02:00', { van: '08:00', tot: '16:30' })).toBe(true);
    expect(isKantoortijd('2025-04-17T16:30:00+02:00', { van: '08:00', tot: '16:30' })).toBe(false);
  });

  it.each(['2024-05-10T10:00:00+02:00', '2025-05-05T10:00:00+02:00', '2025-04-18T10:00:00+02:00'])(
    '%s (KB day, 5 mei, Goede Vrijdag) is an office day by default, but not when the organisation closes it',
    (moment) => {
      expect(isKantoortijd(moment)).toBe(true);
      const dicht = maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [moment.slice(0, 10)] });
      expect(isKantoortijd(moment, { openingskalender: dicht })).toBe(false);
      expect(isKantoortijd(moment, { openingskalender: dicht, van: '08:00', tot: '18:00' })).toBe(false);
    },
  );

  it('takes the Atw calendar as openingskalender only when asked to', () => {
    expect(isKantoortijd('2024-05-10T10:00:00+02:00', { openingskalender: standaardKalender })).toBe(false);
  });

  it('the old option kalender is an InvoerFout that points to openingskalender', () => {
    const fout = vang(() => isKantoortijd('2025-04-17T14:30:00+02:00', { kalender: standaardKalender } as never));
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).problemen).toMatchObject([
      {
        pad: 'opties.kalender',
        melding:
          "De optie 'kalender' bestaat niet voor kantooruren: geef de openingsdagen van de organisatie mee als 'openingskalender' " +
          "(bijvoorbeeld maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [...] })). " +
          'De kalender van de Algemene termijnenwet is er voor termijnen, niet voor openingstijden.',
      },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00+02:00', { openingskalender: {} } as never))).toMatchObject([
      { pad: 'opties.openingskalender', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00+02:00', { vanaf: '09:00' } as never))).toMatchObject([
      { pad: 'opties.vanaf', melding: "Onbekende optie 'vanaf'. Bedoelde u 'van'? Bekend zijn: van, tot, openingskalender." },
    ]);
  });

  it('rejects a Tijdstip without offset and bad hours', () => {
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00'))[0]?.pad).toBe('moment');
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00Z', { van: '9:00' }))).toMatchObject([
      { pad: 'opties.van', melding: "Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg de tekst '9:00'." },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00Z', { van: '17:00', tot: '09:00' }))[0]?.pad).toBe('opties.tot');
  });
});

// ---- Issue 9: options through one schema, dates within the years, fresh results ----

const GEEN_KALENDER = [{ pad: 'opties.kalender', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' }];
const GEEN_OPENINGSKALENDER = [{ pad: 'opties.openingskalender', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' }];

describe('a calendar option must be one of ours (issue 9)', () => {
  let aangeroepen = 0;
  const lookalikes: [string, unknown][] = [
    ['an object with the methods', { beleid: 'atw', plusWerkdagen: () => ((aangeroepen++), 'onzin'), isWerkdag: () => ((aangeroepen++), true), redenVrij: () => undefined }],
    ['only plusWerkdagen', { plusWerkdagen: () => ((aangeroepen++), '2025-01-01') }],
    ['a copy of standaardKalender', { ...standaardKalender }],
    ['an object inheriting from it', Object.create(standaardKalender)],
    ['a proxy of it', new Proxy(standaardKalender, {})],
    ['null', null],
    ['a policy name', 'atw'],
  ];
  it.each(lookalikes)('%s is refused at the option, for every function', (_, k) => {
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-04-17', { kalender: k } as never))).toMatchObject(GEEN_KALENDER);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-04-17T10:00:00+02:00', { spoedOfCrisis: true, openingskalender: k } as never))).toMatchObject(GEEN_OPENINGSKALENDER);
    expect(problemen(() => termijnVervolgdienst('2025-03-01', { kalender: k } as never))).toMatchObject(GEEN_KALENDER);
    expect(problemen(() => isKantoortijd('2025-04-17T10:00:00+02:00', { openingskalender: k } as never))).toMatchObject(GEEN_OPENINGSKALENDER);
    expect(aangeroepen).toBe(0);
  });

  it('a frozen calendar of ours is taken', () => {
    const bevroren = Object.freeze(maakWerkdagkalender({ beleid: 'feestdagen' }));
    expect(termijnVeiligheidsbeoordeling('2025-04-17', { kalender: bevroren }).uiterlijk).toBe('2025-04-25');
    expect(termijnVeiligheidsbeoordeling('2025-04-17', { kalender: Object.freeze(standaardKalender) }).uiterlijk).toBe('2025-04-28');
    expect(termijnVervolgdienst('2025-03-01', { kalender: bevroren }).uiterlijk).toBe('2025-05-12');
    expect(isKantoortijd('2025-04-21T10:00:00+02:00', { openingskalender: bevroren })).toBe(false);
  });
});

describe('options: own keys only, every value checked (issue 9)', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('vanaf: %s is no startmoment', (vanaf) => {
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { vanaf: vanaf as never }))).toMatchObject([
      { pad: 'opties.vanaf', melding: `Onbekend startmoment: de tekst '${vanaf}'. Kies 'start-dienst', 'einde-veiligheidsbeoordeling', 'ontvangst-melding'.` },
    ]);
  });

  it('every startmoment is explained in its own words', () => {
    expect(termijnVervolgdienst('2025-03-03', { vanaf: 'einde-veiligheidsbeoordeling' }).uitleg).toBe(
      'Tien weken (70 dagen) na het einde van de veiligheidsbeoordeling op maandag 3 maart 2025 is maandag 12 mei 2025.',
    );
    expect(termijnVervolgdienst('2025-03-03', { vanaf: 'start-dienst' }).interpretatie).toBe(
      'Geen bron zegt vanaf welk moment de termijn van tien weken loopt. Deze berekening telt vanaf de start van de dienst.',
    );
  });

  it('reports every problem at once: unknown options first, then the values', () => {
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { x: 1, atwVerlenging: 'ja', vanaf: 'toString' } as never))).toMatchObject([
      { pad: 'opties.x', melding: "Onbekende optie 'x'. Bekend zijn: kalender, atwVerlenging, vanaf." },
      { pad: 'opties.atwVerlenging', melding: "Verwacht true of false, maar kreeg de tekst 'ja'." },
      { pad: 'opties.vanaf', melding: "Onbekend startmoment: de tekst 'toString'. Kies 'start-dienst', 'einde-veiligheidsbeoordeling', 'ontvangst-melding'." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-03-03', { spoedOfCrisis: 1, kalender: {} } as never))).toMatchObject([
      GEEN_KALENDER[0],
      { pad: 'opties.spoedOfCrisis', melding: 'Verwacht true of false, maar kreeg het getal 1.' },
    ]);
  });

  it('an unknown option close to a known one gets a hint', () => {
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { atwverlenging: false } as never))).toMatchObject([
      { pad: 'opties.atwverlenging', melding: "Onbekende optie 'atwverlenging'. Bedoelde u 'atwVerlenging'? Bekend zijn: kalender, atwVerlenging, vanaf." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-03-03', { spoedOfCrissis: true } as never))).toMatchObject([
      { pad: 'opties.spoedOfCrissis', melding: "Onbekende optie 'spoedOfCrissis'. Bedoelde u 'spoedOfCrisis'? Bekend zijn: kalender, spoedOfCrisis, openingskalender." },
    ]);
    expect(problemen(() => isKantoortijd('2025-03-03T10:00:00Z', { openingsKalender: standaardKalender } as never))).toMatchObject([
      { pad: 'opties.openingsKalender', melding: "Onbekende optie 'openingsKalender'. Bedoelde u 'openingskalender'? Bekend zijn: van, tot, openingskalender." },
    ]);
  });

  it('takes only a plain object', () => {
    expect(problemen(() => termijnVervolgdienst('2025-03-03', null as never))).toMatchObject([{ pad: 'opties', melding: 'Verwacht een object met opties, maar kreeg null.' }]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-03-03', true as never))).toMatchObject([{ pad: 'opties', melding: 'Verwacht een object met opties, maar kreeg de waarde true.' }]);
    expect(problemen(() => isKantoortijd('2025-03-03T10:00:00Z', new Date() as never))).toMatchObject([{ pad: 'opties', melding: 'Verwacht een gewoon object met opties, maar kreeg een Date.' }]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-03-03', Object.create({ spoedOfCrisis: true }) as never))).toMatchObject([
      { pad: 'opties', melding: 'Verwacht een gewoon object met opties, maar kreeg een object dat velden erft (alleen eigen velden tellen als opties).' },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-03-03', JSON.parse('{"__proto__": {"spoedOfCrisis": true}}') as never))).toMatchObject([
      { pad: 'opties.__proto__', melding: "Onbekende optie '__proto__'. Bekend zijn: kalender, spoedOfCrisis, openingskalender." },
    ]);
    const valstrik = new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); } });
    expect(problemen(() => termijnVervolgdienst('2025-03-03', valstrik as never))).toMatchObject([{ pad: 'opties', melding: 'De opties konden niet worden gelezen.' }]);
    // A frozen options object and one without prototype are fine.
    expect(termijnVervolgdienst('2025-03-01', Object.freeze({ atwVerlenging: false })).uiterlijk).toBe('2025-05-10');
    expect(termijnVervolgdienst('2025-03-01', Object.assign(Object.create(null), { atwVerlenging: false }) as never).uiterlijk).toBe('2025-05-10');
  });

  it('a polluted Object.prototype changes no default', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.assign(proto, { spoedOfCrisis: true, atwVerlenging: false, vanaf: 'ontvangst-melding', kalender: 'x', van: '23:00', tot: '23:59' });
    try {
      for (const opties of [undefined, {}]) {
        expect('spoed' in termijnVeiligheidsbeoordeling('2025-04-17T10:00:00+02:00', opties)).toBe(false);
        expect(termijnVeiligheidsbeoordeling('2025-04-17', opties).uiterlijk).toBe('2025-04-28');
        const t = termijnVervolgdienst('2025-03-01', opties);
        expect([t.uiterlijk, t.interpretatie?.includes('de start van de dienst')]).toEqual(['2025-05-12', true]);
        expect(isKantoortijd('2025-04-17T14:30:00+02:00', opties)).toBe(true);
      }
    } finally {
      for (const k of ['spoedOfCrisis', 'atwVerlenging', 'vanaf', 'kalender', 'van', 'tot']) delete proto[k];
    }
  });

  it('isKantoortijd: the hours, read with their defaults', () => {
    expect(problemen(() => isKantoortijd('2025-03-03T10:00:00Z', { van: '24:00' }))).toMatchObject([
      { pad: 'opties.tot', melding: 'Het einde van de kantooruren (17:00) moet na het begin (24:00) liggen.' },
    ]);
    expect(problemen(() => isKantoortijd('2025-03-03T10:00:00Z', { tot: '09:00' }))).toMatchObject([
      { pad: 'opties.tot', melding: 'Het einde van de kantooruren (09:00) moet na het begin (09:00) liggen.' },
    ]);
    expect(problemen(() => isKantoortijd('2025-03-03T10:00:00Z', { van: 9 as never, tot: 'toString' }))).toMatchObject([
      { pad: 'opties.van', melding: "Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg het getal 9." },
      { pad: 'opties.tot', melding: "Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg de tekst 'toString'." },
    ]);
    expect(isKantoortijd('2025-03-03T22:30:00Z', { van: '20:00', tot: '24:00' })).toBe(true); // 23:30 in Amsterdam
    expect(isKantoortijd('2025-03-03T06:30:00Z', { van: '00:00', tot: '08:00' })).toBe(true);
  });

  it('many unknown options give bounded text', () => {
    const veel = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`x${i}`, i]));
    const p = problemen(() => termijnVeiligheidsbeoordeling('2025-04-17', veel as never));
    expect(p).toHaveLength(21);
    expect(p[0]).toMatchObject({ pad: 'opties.x0', melding: "Onbekende optie 'x0'. Bekend zijn: kalender, spoedOfCrisis, openingskalender." });
    expect(p[20]).toMatchObject({ pad: 'opties', melding: '… en 19980 meer problemen (niet getoond).' });
  });
});

describe('every date a result holds lies within 1990–2200, or the input is refused at the argument (issue 9)', () => {
  const buiten = (datum: string, jaar: number) => `De datum '${datum}' valt in het jaar ${jaar}, buiten wat dit pakket kent (1990 tot en met 2200).`;
  /** The three dates outside the supported years, each refused at `pad` with the same sentence. */
  const buitenDeJaren = (f: (datum: string) => unknown, pad: string) => {
    for (const [datum, jaar] of [['9999-12-31', 9999], ['0000-01-01', 0], ['1989-12-31', 1989]] as const) {
      expect(problemen(() => f(datum))).toMatchObject([{ pad, melding: buiten(datum, jaar) }]);
    }
  };
  const buitenT = (tijdstip: string, jaar: number) =>
    `Het tijdstip '${tijdstip}' valt (in Amsterdam) in het jaar ${jaar}, buiten wat dit pakket kent (1990 tot en met 2200).`;

  it('monitoringmomenten: at overdrachtsdatum', () => {
    buitenDeJaren((d) => monitoringmomenten(d), 'overdrachtsdatum');
    expect(problemen(() => monitoringmomenten('2200-01-01'))).toMatchObject([
      { pad: 'overdrachtsdatum', melding: 'Het monitoringmoment twaalf maanden na woensdag 1 januari 2200 valt na 2200, het laatste jaar dat dit pakket kent.' },
    ]);
    expect(monitoringmomenten('2199-12-31')).toEqual(['2200-03-31', '2200-12-31']);
    expect(monitoringmomenten('1990-01-01')).toEqual(['1990-04-01', '1991-01-01']);
  });

  it('termijnVervolgdienst: at start', () => {
    buitenDeJaren((d) => termijnVervolgdienst(d), 'start');
    expect(problemen(() => termijnVervolgdienst('2200-10-23'))).toMatchObject([
      { pad: 'start', melding: 'Tien weken (70 dagen) na donderdag 23 oktober 2200 valt na 2200, het laatste jaar dat dit pakket kent.' },
    ]);
    expect(termijnVervolgdienst('2200-10-22').uiterlijk).toBe('2200-12-31');
    // When 31 December 2200 is closed, the Atw extension would reach 2201.
    const dicht = maakWerkdagkalender({ extraVrijeDagen: ['2200-12-31'] });
    expect(problemen(() => termijnVervolgdienst('2200-10-22', { kalender: dicht }))).toMatchObject([
      {
        pad: 'start',
        melding:
          'Tien weken na woensdag 22 oktober 2200 is woensdag 31 december 2200, geen werkdag; de werkdag waarop de termijn dan eindigt valt na 2200, het laatste jaar dat dit pakket kent.',
      },
    ]);
    expect(termijnVervolgdienst('2200-10-22', { kalender: dicht, atwVerlenging: false }).uiterlijk).toBe('2200-12-31');
    expect(termijnVervolgdienst('1990-01-01').start).toBe('1990-01-01');
  });

  it('termijnVeiligheidsbeoordeling: at ontvangen, also when the deadline would fall in 2201 (not at aantal)', () => {
    expect(problemen(() => termijnVeiligheidsbeoordeling('2200-12-28'))).toMatchObject([
      {
        pad: 'ontvangen',
        melding: 'De veiligheidsbeoordeling moet binnen 5 werkdagen na zondag 28 december 2200 plaatsvinden; die termijn eindigt na 2200, het laatste jaar dat dit pakket kent.',
      },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2200-12-23'))[0]?.pad).toBe('ontvangen');
    expect(termijnVeiligheidsbeoordeling('2200-12-22').uiterlijk).toBe('2200-12-31');
    // A calendar that closes the whole of 2200: from 2199-12-29 (a Sunday) the werkdagen left in
    // 2199 are Mon 30 and Tue 31 December, so the fifth would fall in 2201. Still refused at
    // 'ontvangen', not at the calendar's 'aantal' (the check used to look at the start's year only).
    const dicht2200 = maakWerkdagkalender({ extraVrijeDagen: Array.from({ length: 365 }, (_, i) => formatEpochDag(leesDatum('2200-01-01') + i)) });
    expect(problemen(() => termijnVeiligheidsbeoordeling('2199-12-29', { kalender: dicht2200 }))).toEqual([
      {
        pad: 'ontvangen',
        code: 'buiten-bereik',
        melding: 'De veiligheidsbeoordeling moet binnen 5 werkdagen na zondag 29 december 2199 plaatsvinden; die termijn eindigt na 2200, het laatste jaar dat dit pakket kent.',
      },
    ]);
    // From Friday 20 December: 23, 24, 27, 30 and 31 December (25 and 26 are Kerstmis).
    expect(termijnVeiligheidsbeoordeling('2199-12-20', { kalender: dicht2200 }).uiterlijk).toBe('2199-12-31');
    expect(problemen(() => termijnVeiligheidsbeoordeling('1980-01-01'))).toMatchObject([{ pad: 'ontvangen', melding: buiten('1980-01-01', 1980) }]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('9999-12-31', { spoedOfCrisis: true }))).toMatchObject([
      { pad: 'ontvangen', melding: buiten('9999-12-31', 9999) },
    ]);
    expect(termijnVeiligheidsbeoordeling('2200-12-31', { spoedOfCrisis: true }).uiterlijk).toBe('2200-12-31');
  });

  it('a Tijdstip counts by its Amsterdam day, and year 0 is year 0', () => {
    expect(problemen(() => termijnVeiligheidsbeoordeling('2200-12-31T23:30:00Z', { spoedOfCrisis: true }))).toMatchObject([
      { pad: 'ontvangen', melding: buitenT('2200-12-31T23:30:00Z', 2201) },
    ]);
    expect(termijnVeiligheidsbeoordeling('1989-12-31T23:30:00Z').start).toBe('1990-01-01');
    expect(problemen(() => termijnVeiligheidsbeoordeling('0000-06-15T12:00:00Z'))).toMatchObject([
      { pad: 'ontvangen', melding: buitenT('0000-06-15T12:00:00Z', 0) },
    ]);
  });

  it('isKantoortijd: at moment (not at datum)', () => {
    expect(problemen(() => isKantoortijd('1980-01-01T10:00:00Z'))).toMatchObject([
      { pad: 'moment', melding: buitenT('1980-01-01T10:00:00Z', 1980) },
    ]);
    expect(problemen(() => isKantoortijd('9999-12-31T23:59:59Z'))).toMatchObject([
      { pad: 'moment', melding: buitenT('9999-12-31T23:59:59Z', 10000) },
    ]);
    expect(problemen(() => isKantoortijd('0000-06-15T12:00:00Z'))).toMatchObject([
      { pad: 'moment', melding: buitenT('0000-06-15T12:00:00Z', 0) },
    ]);
    // 00:00 at +01:00 on 1 January of year 0 is 31 December of year -1 in Amsterdam.
    expect(problemen(() => isKantoortijd('0000-01-01T00:00:00+01:00'))).toMatchObject([
      { pad: 'moment', melding: buitenT('0000-01-01T00:00:00+01:00', -1) },
    ]);
    expect(isKantoortijd('2200-12-31T10:00:00+01:00')).toBe(true);
  });

  it('a long text is quoted cut off', () => {
    const lang = `2025-04-17${'x'.repeat(1000)}`;
    expect(problemen(() => termijnVeiligheidsbeoordeling(lang))).toMatchObject([
      { pad: 'ontvangen', melding: `'${lang.slice(0, 80)}…' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00).` },
    ]);
    expect(problemen(() => monitoringmomenten(lang))).toMatchObject([
      { pad: 'overdrachtsdatum', melding: `'${lang.slice(0, 80)}…' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2025-02-03).` },
    ]);
    expect(problemen(() => isKantoortijd(`2025-04-17T10:00:00.${'1'.repeat(1000)}`))[0]?.melding).toBe(
      `'2025-04-17T10:00:00.${'1'.repeat(60)}…' is geen tijdstip in de vorm JJJJ-MM-DDTuu:mm:ss+01:00.`,
    );
  });
});

describe('results are fresh: changing one changes no later one (issue 9)', () => {
  const gevallen: [string, () => unknown][] = [
    ['termijnVeiligheidsbeoordeling', () => termijnVeiligheidsbeoordeling('2024-05-08')],
    ['termijnVeiligheidsbeoordeling across an unknown year', () => termijnVeiligheidsbeoordeling('2028-12-28')],
    ['spoed with a Tijdstip', () => termijnVeiligheidsbeoordeling('2025-04-17T23:30:00+02:00', { spoedOfCrisis: true })],
    ['spoed with a Datum', () => termijnVeiligheidsbeoordeling('2025-04-17', { spoedOfCrisis: true })],
    ['termijnVervolgdienst', () => termijnVervolgdienst('2024-02-29')],
    ['monitoringmomenten', () => monitoringmomenten('2025-11-30')],
  ];

  it.each(gevallen)('%s: a new object every call, sharing nothing with the last one or with BRON', (_, f) => {
    const bron = alleObjecten(BRON);
    const a = alleObjecten(f());
    for (const o of alleObjecten(f())) {
      expect(a.has(o)).toBe(false);
      expect(bron.has(o)).toBe(false);
    }
  });

  it.each(gevallen)('%s: changing every part of a result leaves the next one as it was', (_, f) => {
    const verwacht = structuredClone(f());
    // Change every object in a result (all collected first, so the nested ones too): each field
    // overwritten, each array emptied.
    for (const o of alleObjecten(f())) {
      if (Array.isArray(o)) o.splice(0, o.length, 'x');
      else for (const k of Object.keys(o)) (o as Record<string, unknown>)[k] = 'veranderd';
    }
    expect(f()).toEqual(verwacht);
  });

  it('BRON is deeply frozen: a Termijn carries copies', () => {
    for (const o of alleObjecten(BRON)) expect(Object.isFrozen(o)).toBe(true);
    expect(alleObjecten(BRON).size).toBe(1 + Object.keys(BRON).length);
    expect(() => {
      (BRON.vb5werkdagen as { vindplaats: string }).vindplaats = 'veranderd';
    }).toThrow(TypeError);
    const t = termijnVeiligheidsbeoordeling('2024-05-08');
    expect(t.bronnen).toEqual([BRON.vb5werkdagen, BRON.handelingsprotocolVb]);
    t.bronnen[0]!.vindplaats = 'veranderd';
    expect(BRON.vb5werkdagen.vindplaats).toBe('§5.1 ("Wél binnen 5 werkdagen, conform het Handelingsprotocol"); §8 A');
  });
});

describe('the quick checks of the options never accept what the schema refuses (issue 9)', () => {
  const vormen = { ...optiesSchemas, maakWerkdagkalender: WERKDAGKALENDER_OPTIES, beslis: BESLIS_OPTIES } as Record<string, OptiesVorm<unknown>>;
  it.each(Object.entries(vormen))('%s', (_, vorm) => {
    const datum = fc.constantFrom<unknown>('2025-12-24', '1989-12-31', '2200-12-31', '2201-01-01', '2025-02-30', '0000-01-01', undefined, 20251224);
    const waarden = fc.oneof(
      fc.anything(),
      fc.constantFrom<unknown>(
        standaardKalender, standaardOpeningskalender, { ...standaardKalender }, Object.freeze(maakWerkdagkalender()), true, false,
        '09:00', '24:00', '23:59', '9:00', '17:00', '00:00', 'start-dienst', 'ontvangst-melding', 'toString', 'atw', 'feestdagen', undefined,
        'gelderland-zuid', 'utrecht', '2025-12-24', '2025-02-30',
        // eslint-disable-next-line no-sparse-arrays
        [, '2025-12-24'], new Array(3), Object.assign(['2025-12-24'], { extra: 1 }),
      ),
      fc.array(datum, { maxLength: 4 }),
    );
    let aanvaard = 0;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...vorm.namen), waarden, { maxKeys: vorm.namen.length }), (o) => {
        const snel = Object.entries(o).every(([k, w]) => w === undefined || vorm.snel[k]!(w)) && (vorm.geheel === undefined || vorm.geheel(o));
        if (snel) {
          aanvaard++;
          expect(vorm.schema.safeParse(o).success).toBe(true);
        }
      }),
      { seed: 9, numRuns: 3000 },
    );
    // The check above only means something when the quick checks accept a fair share of the runs.
    expect(aanvaard).toBeGreaterThan(100);
  });
});

describe('exact sentences, pads and codes (found by mutation testing)', () => {
  it('a melding received on a Saturday: one day does not count (the Sunday), said in the singular', () => {
    expect(termijnVeiligheidsbeoordeling('2025-03-08').uitleg).toBe(
      'De melding is ontvangen op zaterdag 8 maart 2025 (dag 0); de veiligheidsbeoordeling moet binnen 5 werkdagen plaatsvinden, dus uiterlijk op vrijdag 14 maart 2025; 1 dag telt niet mee (zondag).',
    );
  });

  it('kantooruren from 08:30 count the minutes: 08:40 is within, 08:20 is not', () => {
    expect([isKantoortijd('2025-03-10T08:40:00+01:00', { van: '08:30' }), isKantoortijd('2025-03-10T08:20:00+01:00', { van: '08:30' })]).toEqual([true, false]);
  });

  it('spoed says how it reads kantooruren, word for word', () => {
    expect(termijnVeiligheidsbeoordeling('2025-03-10T20:00:00+01:00', { spoedOfCrisis: true }).interpretatie).toBe(
      'De bron noemt kantooruren zonder tijden; wij lezen ze als de kantoortijden van 9 tot 17 uur uit §8.4 (bereikbaarheid voor de overdracht), op een dag dat de organisatie open is (de openingskalender).',
    );
  });

  it('every refusal names the argument the caller gave, with its code', () => {
    const p = padEnCode;
    expect(p(() => termijnVervolgdienst('2025-02-30'))).toEqual([{ pad: 'start', code: 'ongeldige-datum' }]);
    expect(p(() => termijnVervolgdienst('2200-12-01'))).toEqual([{ pad: 'start', code: 'buiten-bereik' }]);
    expect(p(() => termijnVeiligheidsbeoordeling('2200-12-30'))).toEqual([{ pad: 'ontvangen', code: 'buiten-bereik' }]);
    expect(p(() => monitoringmomenten('2200-06-01'))).toEqual([{ pad: 'overdrachtsdatum', code: 'buiten-bereik' }]);
    expect(p(() => isKantoortijd('2025-03-10T10:00:00+01:00', { van: '10:00', tot: '09:00' }))).toEqual([{ pad: 'opties.tot', code: 'ongeldige-waarde' }]);
  });
});
