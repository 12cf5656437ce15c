/**
 * One definition per decision, and nothing written twice. In 0.1 an option could be added to a
 * fact without a rule for it, and the decision then had no uitkomst for some inputs; now the
 * enumeration proof (volledigheid.test.ts) runs over the domains taken from the definition, so such
 * a drift cannot pass silently. Shown here on a copy of the monitoring definition with 'raad' added
 * to overdrachtAan. Also: the regelsets and the scenario format's list of decisions are the
 * definitions' own.
 */
import { describe, expect, it } from 'vitest';
import { epochDag } from '../../deadlines/datum.js';
import { ScenarioBestandSchema, TERMIJNEN } from '../../scenarios/schema.js';
import { beslissingen, regelsets, type Beslissing } from '../beslissingen.js';
import { monitoring } from '../monitoring/definitie.js';
import type { Definitie } from './definitie.js';
import { alleInvoer, evalueer, selecteer } from './evaluatie.js';

/** The complete inputs for which the rules of `def` give no uitkomst on 2 June 2025 (what the enumeration proof fails on). */
function zonderUitkomst(def: Definitie): string[] {
  const sel = selecteer(def, { peildatum: epochDag(2025, 6, 2) }, 'peildatum');
  const gaten: string[] = [];
  let aantal = 0;
  for (const f of alleInvoer(sel)) {
    aantal++;
    const ev = evalueer(sel, f);
    if (ev.status !== 'besloten' || !Object.hasOwn(def.uitkomsten, ev.uitkomst)) gaten.push(sel.domeinen.map((d) => String(f[d.naam])).join(' '));
  }
  expect(aantal).toBeGreaterThan(0);
  return gaten;
}

describe('an option without a rule cannot pass silently', () => {
  const opties = monitoring.feiten.overdrachtAan.opties;
  // A new definition object: the real one (and its kept selections) stay untouched.
  const metRaad: Definitie = {
    ...monitoring,
    feiten: { ...monitoring.feiten, overdrachtAan: { ...monitoring.feiten.overdrachtAan, opties: [...opties, { waarde: 'raad', label: 'De Raad' }] } },
  };

  it('with overdrachtAan "raad" added, exactly the inputs where no rule covers the Raad have no uitkomst', () => {
    // Order of the values: overdrachtAan overdrachtNa vtBesluitTotMonitoring vermoedenWeerlegd gegrondeRedenVastgelegd.
    expect(zonderUitkomst(metRaad).sort()).toEqual([
      // Na de veiligheidsbeoordeling with VT's decision to monitor: that rule names the allowed parties.
      'raad veiligheidsbeoordeling true true true',
      'raad veiligheidsbeoordeling true true false',
      'raad veiligheidsbeoordeling true false true',
      'raad veiligheidsbeoordeling true false false',
      // Na onderzoek, not weerlegd, no gegronde reden: the main rule names the allowed parties.
      'raad onderzoek true false false',
      'raad onderzoek false false false',
      // Na V&V without gegronde reden: likewise.
      'raad voorwaarden-en-vervolg true true false',
      'raad voorwaarden-en-vervolg true false false',
      'raad voorwaarden-en-vervolg false true false',
      'raad voorwaarden-en-vervolg false false false',
    ].sort());
  });

  it('the real definition has an uitkomst for every complete input, and was not changed by the copy', () => {
    expect(zonderUitkomst(monitoring)).toEqual([]);
    expect(monitoring.feiten.overdrachtAan.opties.map((o) => o.waarde)).toEqual(['lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling']);
  });
});

describe('nothing about a decision is written twice', () => {
  it.each(Object.keys(beslissingen) as Beslissing[])('regelsets.%s is the definition’s id, versie and rules', (naam) => {
    const def: Definitie = beslissingen[naam];
    expect(regelsets[naam].regels).toBe(def.regels);
    expect(regelsets[naam]).toEqual({ id: naam, versie: def.versie, regels: def.regels });
    expect(def.id).toBe(naam);
  });

  it('regelsets has exactly the decisions of beslissingen, in the same order', () => {
    expect(Object.keys(regelsets)).toEqual(Object.keys(beslissingen));
    expect(Object.keys(beslissingen)).toEqual(['adviesOfMelding', 'ambtshalveMelding', 'vervolg', 'monitoring', 'afwegingskader', 'politiemelding', 'afsluiting', 'escalatie']);
  });

  it('the scenario format accepts exactly the decisions and the termijnen', () => {
    const beslissing = (ScenarioBestandSchema.def.shape.beslissing as unknown as { options: string[] }).options;
    expect(beslissing).toEqual([...Object.keys(beslissingen), ...TERMIJNEN]);
    for (const naam of [...Object.keys(beslissingen), ...TERMIJNEN]) {
      expect(ScenarioBestandSchema.safeParse({ beslissing: naam, scenarios: [{}] }).success, naam).toBe(true);
    }
    const r = ScenarioBestandSchema.safeParse({ beslissing: 'onbekend', scenarios: [{}] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.code])).toEqual([[['beslissing'], 'invalid_value']]);
  });
});
