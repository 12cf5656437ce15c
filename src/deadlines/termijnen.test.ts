import { describe, expect, it } from 'vitest';
import { vang } from '../testhulp.js';
import { InvoerFout } from '../types/fouten.js';
import { maakWerkdagkalender, standaardKalender } from './kalender.js';
import { isKantoortijd, monitoringmomenten, termijnVeiligheidsbeoordeling, termijnVervolgdienst } from './termijnen.js';

function problemen(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return (e as InvoerFout).problemen;
  }
  throw new Error('verwachtte een InvoerFout');
}

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
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03T10:00:00'))).toEqual([
      { pad: 'ontvangen', melding: "'2025-02-03T10:00:00' heeft geen tijdzone: schrijf de tijd met verschil tot UTC, bijvoorbeeld '2025-02-03T10:00:00+01:00' of '2025-02-03T10:00:00Z'." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-30'))[0]?.pad).toBe('ontvangen');
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03T25:00:00Z'))[0]?.melding).toBe("'2025-02-03T25:00:00Z' bevat geen geldige tijd.");
    expect(problemen(() => termijnVeiligheidsbeoordeling('morgen'))[0]?.melding).toBe("'morgen' is geen datum (JJJJ-MM-DD) en geen tijdstip (JJJJ-MM-DDTuu:mm:ss+01:00).");
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03', { spoed: true } as never))).toEqual([
      { pad: 'opties.spoed', melding: "Onbekende optie 'spoed'. Bekend zijn: kalender, spoedOfCrisis, openingskalender." },
    ]);
    expect(problemen(() => termijnVeiligheidsbeoordeling('2025-02-03', { openingskalender: 'feestdagen' } as never))).toEqual([
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
      `Spoed en crisis: ${leesbaar} om 10:00 is binnen kantooruren (9–17 uur op een werkdag): Veilig Thuis gaat er dezelfde dag nog op af, uiterlijk ${leesbaar}.${regio}`,
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
      `Spoed en crisis: ${leesbaar} om 10:00 is buiten kantooruren (die dag is geen werkdag: Extra vrije dag van de organisatie): ` +
        `de spoedeisende zorg (SEZ) wordt direct ingezet.${regio}`,
    );
  });

  it('23:30 is outside kantooruren: the SEZ, the same day', () => {
    const t = spoed('2025-04-17T23:30:00+02:00');
    expect(t.spoed).toBe('sez');
    expect(t.uiterlijk).toBe('2025-04-17');
    expect(t.uitleg).toBe(
      `Spoed en crisis: donderdag 17 april 2025 om 23:30 is buiten kantooruren (9–17 uur op een werkdag): de spoedeisende zorg (SEZ) wordt direct ingezet.${regio}`,
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
      `Spoed en crisis: zaterdag 19 april 2025 om 10:00 is buiten kantooruren (die dag is geen werkdag: zaterdag): de spoedeisende zorg (SEZ) wordt direct ingezet.${regio}`,
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
    expect(t.uitleg).toContain('donderdag 1 januari 2026 om 00:30 is buiten kantooruren (die dag is geen werkdag: Nieuwjaar)');
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
      'Zonder tijdstip is niet te bepalen of Veilig Thuis er dezelfde dag op afgaat (binnen kantooruren) of dat de spoedeisende zorg (SEZ) ' +
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
    expect(problemen(() => termijnVervolgdienst('2025-03-03', { atwVerlenging: 'ja' as never }))).toEqual([
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
    expect(problemen(() => monitoringmomenten('2025-04-31'))).toEqual([
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
    expect((fout as InvoerFout).problemen).toEqual([
      {
        pad: 'opties.kalender',
        melding:
          "De optie 'kalender' bestaat niet voor kantooruren: geef de openingsdagen van de organisatie mee als 'openingskalender' " +
          "(bijvoorbeeld maakWerkdagkalender({ beleid: 'feestdagen', extraVrijeDagen: [...] })). " +
          'De kalender van de Algemene termijnenwet is er voor termijnen, niet voor openingstijden.',
      },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00+02:00', { openingskalender: {} } as never))).toEqual([
      { pad: 'opties.openingskalender', melding: 'Verwacht een werkdagkalender (gemaakt met maakWerkdagkalender).' },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00+02:00', { vanaf: '09:00' } as never))).toEqual([
      { pad: 'opties.vanaf', melding: "Onbekende optie 'vanaf'. Bekend zijn: van, tot, openingskalender." },
    ]);
  });

  it('rejects a Tijdstip without offset and bad hours', () => {
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00'))[0]?.pad).toBe('moment');
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00Z', { van: '9:00' }))).toEqual([
      { pad: 'opties.van', melding: "Verwacht een kloktijd 'uu:mm' (bijvoorbeeld '09:00'), maar kreeg de tekst '9:00'." },
    ]);
    expect(problemen(() => isKantoortijd('2025-04-17T14:30:00Z', { van: '17:00', tot: '09:00' }))[0]?.pad).toBe('opties.tot');
  });
});
