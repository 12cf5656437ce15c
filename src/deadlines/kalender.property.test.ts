import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDag, formatEpochDag } from './datum.js';
import { maakWerkdagkalender, standaardKalender } from './kalender.js';

const feestdagen = maakWerkdagkalender({ beleid: 'feestdagen' });
const datum = fc.integer({ min: epochDag(1990, 1, 1), max: epochDag(2150, 12, 31) }).map(formatEpochDag);
const aantal = fc.integer({ min: 0, max: 600 });
const kalender = fc.constantFrom(standaardKalender, feestdagen);

describe('werkdag properties (fast-check)', () => {
  it('plusWerkdagen(d, n) is a werkdag for n ≥ 1', () => {
    fc.assert(fc.property(kalender, datum, fc.integer({ min: 1, max: 600 }), (k, d, n) => k.isWerkdag(k.plusWerkdagen(d, n))));
  });

  it('werkdagenTussen(d, plusWerkdagen(d, n)) === n', () => {
    fc.assert(fc.property(kalender, datum, aantal, (k, d, n) => k.werkdagenTussen(d, k.plusWerkdagen(d, n)) === n));
  });

  it('results are monotonic in n (strictly, for n ≥ 1)', () => {
    fc.assert(
      fc.property(kalender, datum, aantal, aantal, (k, d, a, b) => {
        const [m, n] = a < b ? [a, b] : [b, a];
        const x = k.plusWerkdagen(d, m);
        const y = k.plusWerkdagen(d, n);
        return m === n ? x === y : x < y;
      }),
    );
  });

  it('the atw policy never has more werkdagen than feestdagen', () => {
    fc.assert(
      fc.property(datum, datum, (a, b) => {
        const [van, tot] = a < b ? [a, b] : [b, a];
        return standaardKalender.werkdagenTussen(van, tot) <= feestdagen.werkdagenTussen(van, tot);
      }),
    );
  });

  it('every werkdag under atw is a werkdag under feestdagen', () => {
    fc.assert(fc.property(datum, (d) => !standaardKalender.isWerkdag(d) || feestdagen.isWerkdag(d)));
  });

  it('volgendeWerkdag is the first werkdag after the date: no werkdag lies between', () => {
    fc.assert(
      fc.property(kalender, datum, (k, d) => {
        const v = k.volgendeWerkdag(d);
        return v > d && k.isWerkdag(v) && k.werkdagenTussen(d, v) === 1;
      }),
    );
  });

  it('werkdagenTussen is antisymmetric', () => {
    fc.assert(fc.property(kalender, datum, datum, (k, a, b) => k.werkdagenTussen(a, b) === -k.werkdagenTussen(b, a)));
  });
});

it('property runs are reproducible from their seed (sanity)', () => {
  expect(standaardKalender.plusWerkdagen('2024-05-08', 5)).toBe('2024-05-17');
});
