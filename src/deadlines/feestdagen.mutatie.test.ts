import { describe, expect, it } from 'vitest';
import { leesFeestdagtabel } from './feestdagen.js';

describe('leesFeestdagtabel', () => {
  it('decodes a year to exactly its holidays, starting with Nieuwjaar', () => {
    const lijst = leesFeestdagtabel(2025);
    // 2025-01-01 is epoch day 20089; 2025-04-18 is 20196.
    expect(lijst[0]).toEqual({ dag: 20089, naam: 'Nieuwjaar', type: 'public' });
    expect(lijst[1]).toEqual({ dag: 20196, naam: 'Goede Vrijdag', type: 'school' });
    expect(lijst.every((h) => typeof h === 'object' && typeof h.naam === 'string')).toBe(true);
  });

  it('decodes a year once and hands out the same frozen list', () => {
    const a = leesFeestdagtabel(2031);
    expect(leesFeestdagtabel(2031)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('refuses a year outside the table with a RangeError', () => {
    expect(() => leesFeestdagtabel(1989)).toThrow(new RangeError('De feestdagtabel kent het jaar 1989 niet (1990 tot en met 2200).'));
    expect(() => leesFeestdagtabel(2201)).toThrow(new RangeError('De feestdagtabel kent het jaar 2201 niet (1990 tot en met 2200).'));
    expect(() => leesFeestdagtabel(1989)).toThrow(RangeError);
  });
});
