/** Every decision function by its beslissing name: what the scenario runner and the CLI call. */
import { beslisAdviesOfMelding } from './adviesOfMelding/adviesOfMelding.js';
import { doorloopAfwegingskader } from './afwegingskader/afwegingskader.js';
import { beslisAmbtshalveMelding } from './ambtshalveMelding/ambtshalveMelding.js';
import { beslisMonitoring } from './monitoring/monitoring.js';
import { beslisPolitiemelding } from './politiemelding/politiemelding.js';
import { beslisVervolg } from './vervolg/vervolg.js';
import type { Beslissing } from './regelsets.js';
import type { BeslisOpties, Besluit } from './_lib/besluit.js';

/** The input is validated by the function itself, so it is taken as unknown here. */
export type Beslisser = (invoer: Record<string, unknown>, opties: BeslisOpties) => Promise<Besluit<string, object>>;

export const BESLISSERS: Readonly<Record<Beslissing, Beslisser>> = {
  adviesOfMelding: (i, o) => beslisAdviesOfMelding(i as never, o),
  ambtshalveMelding: (i, o) => beslisAmbtshalveMelding(i as never, o),
  vervolg: (i, o) => beslisVervolg(i as never, o),
  monitoring: (i, o) => beslisMonitoring(i as never, o),
  afwegingskader: (i, o) => doorloopAfwegingskader(i as never, o),
  politiemelding: (i, o) => beslisPolitiemelding(i as never, o),
};
