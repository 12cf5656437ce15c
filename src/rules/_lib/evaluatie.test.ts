import { describe, expect, it } from 'vitest';
import { epochDag } from '../../deadlines/datum.js';
import { beslissingen } from '../beslissingen.js';
import { regios } from '../../regios/index.js';
import { selecteer } from './evaluatie.js';

describe('selecteer', () => {
  const def = beslissingen.politiemelding;
  const op = (j: number, m: number, d: number) => selecteer(def, { peildatum: epochDag(j, m, d), regio: 'gelderland-zuid' }, 'ontvangen');

  it('compiles once per day and region, and reuses the selection', () => {
    expect(op(2022, 3, 1)).toBe(op(2022, 3, 1));
    expect(op(2022, 3, 1).regels).toEqual(op(2025, 11, 20).regels);
    expect(op(2020, 1, 1).regels.map((r) => r.name)).toEqual(op(2021, 3, 31).regels.map((r) => r.name));
    expect(op(2020, 1, 1).regels.map((r) => r.name)).not.toEqual(op(2021, 4, 1).regels.map((r) => r.name));
  });

  it('reports the period in which exactly this selection applies', () => {
    expect(op(2020, 6, 15).info).toEqual({ id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31', regio: 'gelderland-zuid' });
    expect(op(2024, 6, 15).info).toEqual({ id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' });
  });

  it('takes the domains from the definition: options, the region\'s gemeenten, and true/false', () => {
    expect(op(2024, 6, 15).domeinen.map((d) => [d.naam, d.waarden])).toEqual([
      ['betreftVerwardPersoon', [true, false]],
      ['betreftHuiselijkGeweldOfKindermishandeling', [true, false]],
      ['gemeente', regios['gelderland-zuid']!.gemeenten],
    ]);
    const m = selecteer(beslissingen.monitoring, { peildatum: epochDag(2024, 1, 1) }, 'peildatum');
    expect(m.domeinen.map((d) => [d.naam, d.waarden])).toEqual([
      ['overdrachtAan', ['lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling']],
      ['overdrachtNa', ['veiligheidsbeoordeling', 'onderzoek', 'voorwaarden-en-vervolg']],
      ['vtBesluitTotMonitoring', [true, false]],
      ['vermoedenWeerlegd', [true, false]],
      ['gegrondeRedenVastgelegd', [true, false]],
    ]);
    const a = selecteer(beslissingen.afwegingskader, { peildatum: epochDag(2024, 1, 1) }, 'peildatum');
    expect(a.domeinen.at(-1)).toMatchObject({ naam: 'hulpLeidtTotVeiligheid', waarden: [true, false, null] });
  });
});
