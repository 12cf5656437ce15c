/** Test helper (not exported by the package): one rule, one input that fires it, one exact check. */
import { expect, it } from 'vitest';
import { regelsets, type Beslissing } from '../beslissingen.js';
import type { BeslisOpties, Besluit } from './besluit.js';

export interface RegelGeval<I> {
  regel: string;
  invoer: I;
  uitkomst: string;
  /** For a regional rule: the options (regio) under which it applies. */
  opties?: BeslisOpties;
}

/**
 * For each case: the decision is besloten with exactly that uitkomst, the rule is among the redenen
 * with the rule's own uitleg and bronnen, and an interpretatie is visible with its toelichting.
 * Also checks that the cases cover every rule of the regelset.
 */
export function elkeRegelVuurt<I>(
  beslissing: Beslissing,
  beslis: (i: I, opties?: BeslisOpties) => Besluit<string, object, string, object>,
  gevallen: RegelGeval<I>[],
): void {
  const regels = regelsets[beslissing].regels;
  it.each(gevallen.map((g) => [g.regel, g] as const))('%s fires with its uitleg, bronnen and interpretatie', (_, g) => {
    const b = beslis(g.invoer, g.opties);
    expect(b.status).toBe('besloten');
    if (b.status !== 'besloten') return;
    expect(b.uitkomst).toBe(g.uitkomst);
    const regel = regels.find((r) => r.name === g.regel)!;
    expect(regel, `regel ${g.regel} bestaat`).toBeDefined();
    const reden = b.redenen.find((r) => r.regel === g.regel);
    expect(reden, `${g.regel} staat bij de redenen`).toBeDefined();
    expect(reden!.uitleg).toBe(regel.event.params.uitleg);
    expect(reden!.bronnen).toEqual(regel.event.params.bronnen);
    expect(reden!.bronnen.length).toBeGreaterThan(0);
    if (regel.event.params.interpretatie) {
      expect(reden!.interpretatie).toBe(true);
      expect(reden!.toelichting).toBe(regel.event.params.interpretatie);
    } else {
      expect(reden!.interpretatie).toBeUndefined();
    }
    expect(b.regelset.id).toBe(beslissing);
  });
  it('the cases cover every rule of the regelset', () => {
    expect(new Set(gevallen.map((g) => g.regel))).toEqual(new Set(regels.map((r) => r.name)));
  });
}
