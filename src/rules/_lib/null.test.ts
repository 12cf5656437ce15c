/**
 * `null` for a fact means "not known yet", exactly like leaving it out (form state uses null):
 * for every decision, on complete and partial inputs, giving any fact as null instead of leaving it
 * out — one at a time, and every absent fact at once — gives a deep-equal Besluit. The inputs reach the places where a missing
 * fact is read: rule evaluation, partial evaluation, acties with `als` (spoedOfCrisis), computed
 * acties and extra fields (moment, overdrachtsdatum, ontvangen), the derived fact
 * gegrondeRedenVastgelegd, the later question of the afwegingskader, and the fact that selects the
 * rules by date (ontvangen).
 */
import { describe, expect, it } from 'vitest';
import { vang } from '../../testhulp.js';
import { beslisOpNaam, beslissingen, type Beslissing } from '../beslissingen.js';
import type { BeslisOpties } from './besluit.js';

const opties = (naam: Beslissing): BeslisOpties =>
  naam === 'politiemelding' || naam === 'escalatie' ? { regio: 'gelderland-zuid', peildatum: '2025-06-02' } : { peildatum: '2025-06-02' };

/** Per decision: inputs, each with what it gives (uitkomst when besloten, else the outcomes still possible). */
const invoer: Record<Beslissing, [Record<string, unknown>, string][]> = {
  adviesOfMelding: [
    [{ wens: 'melding', viaChat: false, contactpersoon: 'professional', vermoedenHuiselijkGeweldOfKindermishandeling: true, melderMaaktZichBekend: true, meldplichtigVolgensAfwegingskader: true, inStaatTotHerstelVeiligheid: false }, 'melding'],
    [{ wens: 'advies' }, '? advies'],
    [{ wens: 'advies', contactpersoon: 'burger', vermoedenHuiselijkGeweldOfKindermishandeling: true, inStaatTotHerstelVeiligheid: true }, 'advies'],
    [{}, '? melding advies'],
  ],
  ambtshalveMelding: [
    [{ adviesvragerIsProfessional: true, vtAdviseertMelden: true, adviesvragerMeldtZelf: false, risicoHoogEnAcuut: true, veiligheidNietTeVergroten: true, geenOvereenstemmingNaOpschaling: true, persoonsgegevensBekend: true }, 'ambtshalve-melding'],
    [{ vtAdviseertMelden: false }, 'geen-ambtshalve-melding'],
    [{ vtAdviseertMelden: true, adviesvragerMeldtZelf: false }, '? ambtshalve-melding geen-ambtshalve-melding'],
    [{}, '? ambtshalve-melding geen-ambtshalve-melding'],
  ],
  vervolg: [
    [{ spoedOfCrisis: false, beschermingsmaatregelNodig: false, aanwijzingenAcuteOfStructureleOnveiligheid: true, multiproblematiek: false, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, betrokkenHulpverlenerKanEnWil: false, hulpOfOndersteuningNodig: true }, 'voorwaarden-en-vervolg'],
    [{ spoedOfCrisis: true, beschermingsmaatregelNodig: true }, 'verzoek-onderzoek-raad'],
    [{ aanwijzingenAcuteOfStructureleOnveiligheid: true, bevestigenOfWeerleggenNodig: false, directbetrokkenenBereidEnInStaat: true, beschermingsmaatregelNodig: false, betrokkenHulpverlenerKanEnWil: false }, 'voorwaarden-en-vervolg'],
    [{ multiproblematiek: true, beschermingsmaatregelNodig: false }, '? overdracht-betrokken-hulpverlening voorwaarden-en-vervolg onderzoek'],
    [{}, '? overdracht-lokaal-team overdracht-betrokken-hulpverlening voorwaarden-en-vervolg onderzoek verzoek-onderzoek-raad geen-vervolgstappen'],
  ],
  monitoring: [
    [{ overdrachtNa: 'voorwaarden-en-vervolg', overdrachtAan: 'lokaal-team', overdrachtsdatum: '2025-01-31' }, 'monitoren'],
    [{ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false }, 'monitoren'],
    [{ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team', vermoedenWeerlegd: false, gegrondeRedenGeenMonitoring: 'Zorg loopt via de GI.' }, 'niet-monitoren'],
    [{ overdrachtAan: 'gecertificeerde-instelling' }, 'niet-monitoren'],
    [{ overdrachtNa: 'onderzoek', overdrachtAan: 'lokaal-team' }, '? monitoren niet-monitoren'],
    [{}, '? monitoren niet-monitoren'],
  ],
  afwegingskader: [
    [{ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true }, 'hulp-bieden'],
    [{ vermoeden: true, acuteOfStructureleOnveiligheid: false, passendeHulpMogelijk: true, hulpGeaccepteerd: true, hulpLeidtTotVeiligheid: false }, 'opnieuw-melden'],
    [{ vermoeden: false }, 'afsluiten'],
    // Vraag 5 unanswered reads as "not yet": opnieuw-melden and hulp-afsluiten are not possible yet.
    [{ vermoeden: true }, '? melden hulp-bieden'],
    [{}, '? afsluiten melden hulp-bieden'],
  ],
  politiemelding: [
    [{ gemeente: 'Tiel', betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, ontvangen: '2024-05-08' }, 'melding'],
    [{ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false }, 'overige-zorgmelding'],
    [{ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, ontvangen: '2021-03-31' }, 'melding'],
    [{ betreftVerwardPersoon: true }, '? bijzondere-zorg farent'],
    [{}, '? melding overige-zorgmelding bijzondere-zorg farent'],
  ],
  afsluiting: [
    [{ dienst: 'onderzoek', vermoedenBevestigd: true, beschermingsmaatregelNodig: false, hulpOfOndersteuningNodig: true, betrokkenHulpverlenerKanEnWil: false, start: '2025-03-01' }, 'overdracht-lokaal-team'],
    // Settled without start; the warme overdracht waits for it (ontbrekendVoorActies).
    [{ dienst: 'voorwaarden-en-vervolg', beschermingsmaatregelNodig: false, hulpOfOndersteuningNodig: true, betrokkenHulpverlenerKanEnWil: true }, 'overdracht-betrokken-hulpverlening'],
    [{ dienst: 'voorwaarden-en-vervolg', beschermingsmaatregelNodig: true }, 'verzoek-onderzoek-raad'],
    [{ dienst: 'onderzoek', beschermingsmaatregelNodig: false, hulpOfOndersteuningNodig: false }, '? overdracht-directbetrokkenen afsluiten'],
    [{}, '? overdracht-lokaal-team overdracht-betrokken-hulpverlening overdracht-directbetrokkenen verzoek-onderzoek-raad afsluiten'],
  ],
  escalatie: [
    [{ betreft: 'casus', veiligheidInGevaar: true, afsprakenNietNagekomen: false, resultaatManagementoverleg: 'niet-opgelost', resultaatAmbtelijkeEscalatie: 'nog-niet-gevoerd' }, 'ambtelijke-escalatie'],
    [{ betreft: 'casus', veiligheidInGevaar: false, afsprakenNietNagekomen: false }, 'geen-escalatie'],
    // Settled without betreft; the actie with `als: { betreft }` waits for it.
    [{ veiligheidInGevaar: true, resultaatManagementoverleg: 'opgelost', resultaatStructureleEscalatie: 'opgelost' }, 'opgelost'],
    [{ betreft: 'structureel-probleem' }, '? opgelost structurele-escalatie agendering-algemeen-bestuur'],
    [{}, '? geen-escalatie managementoverleg ambtelijke-escalatie bestuurlijke-escalatie opgelost wethouder-bepaalt structurele-escalatie agendering-algemeen-bestuur'],
  ],
};

/** The uitkomst, or '?' and the outcomes still possible. */
const samengevat = (b: ReturnType<typeof beslisOpNaam>) => (b.status === 'besloten' ? b.uitkomst : ['?', ...b.mogelijkeUitkomsten].join(' '));

describe.each(Object.keys(beslissingen) as Beslissing[])('%s', (naam) => {
  it('the inputs give what they say', () => {
    expect(invoer[naam].map(([i]) => samengevat(beslisOpNaam(naam, i, opties(naam))))).toEqual(invoer[naam].map(([, w]) => w));
  });

  it.each(invoer[naam].map(([i]) => [JSON.stringify(i), i] as const))('null for a fact equals leaving it out: %s', (_, i) => {
    const feiten = Object.keys(beslissingen[naam].feiten);
    for (const f of feiten) {
      // The input without f (for a fact the input holds: the input with f left out).
      const zonder = Object.fromEntries(Object.entries(i).filter(([k]) => k !== f));
      const verwacht = beslisOpNaam(naam, zonder, opties(naam));
      expect(beslisOpNaam(naam, { ...zonder, [f]: null }, opties(naam)), `${f}: null`).toStrictEqual(verwacht);
      expect(beslisOpNaam(naam, { ...zonder, [f]: undefined }, opties(naam)), `${f}: undefined`).toStrictEqual(verwacht);
    }
    const verwacht = beslisOpNaam(naam, i, opties(naam));
    const alleNull = { ...i, ...Object.fromEntries(feiten.filter((f) => !(f in i)).map((f) => [f, null])) };
    expect(beslisOpNaam(naam, alleNull, opties(naam)), 'every absent fact null').toStrictEqual(verwacht);
    // The calls with null left the kept evaluations as they were.
    expect(beslisOpNaam(naam, i, opties(naam))).toStrictEqual(verwacht);
  });
});

describe('an object that is not a plain object is no set of facts', () => {
  it('a Date, a Map or a class instance gives InvoerFout, not an onvolledig Besluit', () => {
    class Feiten { vermoeden = true; }
    for (const [x, naam] of [[new Date(0), 'Date'], [new Map(), 'Map'], [new Feiten(), 'Feiten']] as const) {
      expect(vang(() => beslisOpNaam('afwegingskader', x, { peildatum: '2025-06-02' }))).toMatchObject({
        problemen: [{ pad: '', melding: `Verwacht een gewoon object met velden, maar kreeg een ${naam}.` }],
      });
    }
  });
});
