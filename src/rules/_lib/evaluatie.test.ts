import { describe, expect, it } from 'vitest';
import { epochDag } from '../../deadlines/datum.js';
import { definities } from '../regelsets.js';
import { selecteer } from './evaluatie.js';

describe('selecteer', () => {
  const def = definities.politiemelding;
  const op = (j: number, m: number, d: number) => selecteer(def, { peildatum: epochDag(j, m, d), regio: 'gelderland-zuid' }, 'ontvangen');

  it('reuses one engine per distinct set of rules, whatever the day', () => {
    expect(op(2022, 3, 1).engine).toBe(op(2025, 11, 20).engine);
    expect(op(2020, 1, 1).engine).toBe(op(2021, 3, 31).engine);
    expect(op(2020, 1, 1).engine).not.toBe(op(2021, 4, 1).engine);
  });

  it('reports the period in which exactly this selection applies', () => {
    expect(op(2020, 6, 15).info).toEqual({ id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2019-07-01', geldigTot: '2021-03-31', regio: 'gelderland-zuid' });
    expect(op(2024, 6, 15).info).toEqual({ id: 'politiemelding', versie: '1.0.0', geldigVanaf: '2021-04-01', regio: 'gelderland-zuid' });
  });
});
