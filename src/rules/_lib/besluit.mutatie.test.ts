/**
 * Tests written against mutation testing (`npm run mutatie`): a Besluit asserted whole — the
 * redenen with the rule's own uitleg and bronnen, every actie with its uitleg, bronnen and details,
 * the deadline computed from the fact `ontvangen` (an Amsterdam day for a Tijdstip), and a deadline
 * that cannot be computed reported at that fact.
 */
import { describe, expect, it } from 'vitest';
import { maakWerkdagkalender } from '../../deadlines/kalender.js';
import { vangInvoerFout } from '../../testhulp.js';
import { beslisPolitiemelding } from '../politiemelding/politiemelding.js';

const GZ = 'Bestuurlijke Samenwerkingsafspraken Veilig Thuis – gemeenten Gelderland-Zuid 2.0';
const WERKWIJZE = { document: GZ, vindplaats: '§5.1 "Zorgmeldingen politie" (werkwijze politiemeldingen per 1 juli 2019)' };
const VB = { document: GZ, vindplaats: '§5.1 C en D (Handelingsprotocol Veilig Thuis, pag. 30-34)' };
const MOOK = {
  document: GZ,
  vindplaats:
    '§5.2 A ("Politiemeldingen die betrekking hebben op casussen afkomstig uit de gemeente Mook en Middelaar worden door Veilig Thuis volgens de werkwijze Zorgmeldingen Politie afgehandeld")',
};
const VERRIJKEN = {
  soort: 'verrijken',
  uitleg:
    'Veilig Thuis verrijkt de melding per mail bij Jeugdbescherming Gelderland, de lokale teams, de regieteams, het Veiligheidshuis en de Raad voor de Kinderbescherming.',
  bronnen: [WERKWIJZE],
  partijen: ['Jeugdbescherming Gelderland', 'lokale teams', 'regieteams', 'Veiligheidshuis', 'Raad voor de Kinderbescherming'],
};
const VEILIGHEIDSBEOORDELING = {
  soort: 'veiligheidsbeoordeling',
  uitleg:
    'Veilig Thuis voert binnen 5 werkdagen na ontvangst van de melding een veiligheidsbeoordeling uit (bij spoed en crisis dezelfde dag).',
  bronnen: [VB],
  werkdagen: 5,
};
const REDEN = {
  regel: 'politiemelding.huiselijk-geweld-of-kindermishandeling',
  uitleg:
    'De politiemelding gaat over huiselijk geweld of kindermishandeling: Veilig Thuis verrijkt haar bij de partners en voert binnen 5 werkdagen een veiligheidsbeoordeling uit.',
  bronnen: [WERKWIJZE, VB, MOOK],
};
const melding = { gemeente: 'Wijchen', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true } as const;
const gz = { regio: 'gelderland-zuid' } as const;

describe('a Besluit whole', () => {
  it('a melding: the reden with its uitleg and bronnen, every actie with uitleg, bronnen and details, and the VB deadline', () => {
    expect(beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz)).toEqual({
      status: 'besloten',
      beslissing: 'politiemelding',
      uitkomst: 'melding',
      redenen: [REDEN],
      acties: [VERRIJKEN, { ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' }],
      regelset: { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
      veiligheidsbeoordeling: true,
    });
  });

  it('without ontvangen (the peildatum given): the actie is there without a deadline, and ontvangen is asked for', () => {
    expect(beslisPolitiemelding(melding, { ...gz, peildatum: '2024-05-13' })).toEqual({
      status: 'besloten',
      beslissing: 'politiemelding',
      uitkomst: 'melding',
      redenen: [REDEN],
      acties: [VERRIJKEN, VEILIGHEIDSBEOORDELING],
      regelset: { id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' },
      veiligheidsbeoordeling: true,
      ontbrekendVoorActies: ['ontvangen'],
    });
  });

  it('counts the deadline from the Amsterdam day of a Tijdstip, on the calendar of the options', () => {
    // 13 May 2024 22:30 UTC is 14 May in Amsterdam; Pinkstermaandag 20 May is no werkdag.
    const vb = (ontvangen: string, kalender = maakWerkdagkalender()) => {
      const b = beslisPolitiemelding({ ...melding, ontvangen }, { ...gz, kalender });
      return b.status === 'besloten' ? b.acties.find((a) => a.soort === 'veiligheidsbeoordeling') : undefined;
    };
    expect(vb('2024-05-13T22:30:00Z')).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-22' });
    expect(vb('2024-05-13T21:30:00Z')).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' });
    expect(vb('2024-05-13', maakWerkdagkalender({ extraVrijeDagen: ['2024-05-14'] }))).toEqual({ ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-22' });
  });

  it('a deadline past 2200 is reported at ontvangen, with the calendar’s own message', () => {
    for (const ontvangen of ['2200-12-28', '2200-12-28T10:00:00+01:00']) {
      expect(vangInvoerFout(() => beslisPolitiemelding({ ...melding, ontvangen }, gz)).problemen).toMatchObject([
        { pad: 'ontvangen', melding: 'Het aantal werkdagen is te groot: 5 werkdagen na 2200-12-28 valt na 2200, het laatste jaar dat deze kalender kent.' },
      ]);
    }
  });

  it('a regional decision without a region says so, naming the regions with agreements', () => {
    expect(vangInvoerFout(() => beslisPolitiemelding({}, {})).problemen).toMatchObject([
      { pad: 'opties.regio', melding: 'Deze beslissing (Zorgmelding van de politie) is regionaal: geef opties.regio op (regio’s met afspraken: gelderland-zuid).' },
    ]);
  });

  it('hands out fresh copies: changing one Besluit does not change the next', () => {
    const a = beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz);
    if (a.status !== 'besloten') throw new Error('besloten verwacht');
    (a.redenen[0]!.bronnen[0] as { document: string }).document = 'veranderd';
    (a.acties[0] as unknown as { partijen: string[] }).partijen.push('veranderd');
    (a.regelset as { versie: string }).versie = 'veranderd';
    expect(beslisPolitiemelding({ ...melding, ontvangen: '2024-05-13' }, gz)).toMatchObject({
      redenen: [REDEN],
      acties: [VERRIJKEN, { ...VEILIGHEIDSBEOORDELING, uiterlijk: '2024-05-21' }],
      regelset: { versie: '1.0.0' },
    });
  });
});

describe('a Besluit holds no keys without a value', () => {
  it('the regelset of a national decision has no geldigTot or regio key at all; a regional one has regio', async () => {
    const { beslisVervolg } = await import('../vervolg/vervolg.js');
    const b = beslisVervolg({ beschermingsmaatregelNodig: true }, { peildatum: '2025-06-02' });
    expect(b.status === 'besloten' && Object.keys(b.regelset)).toEqual(['id', 'versie', 'geldigVanaf']);
    const p = beslisPolitiemelding({ betreftVerwardPersoon: true, gemeente: 'Tiel', ontvangen: '2025-06-02' }, { regio: 'gelderland-zuid' });
    expect(p.status === 'besloten' && Object.keys(p.regelset)).toEqual(['id', 'versie', 'geldigVanaf', 'regio']);
  });
});
