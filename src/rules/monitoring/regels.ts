/**
 * Monitoring after an overdracht (Gelderland-Zuid §7.1 with fn 12-13; HP p.50-51).
 *
 * The fact `gegrondeRedenVastgelegd` is derived from the input `gegrondeRedenGeenMonitoring`:
 * true when a (non-blank) reason is recorded, false when none is. The exception needs a recorded
 * reason, so no recorded reason means the main rule applies (an interpretatie, see the rules).
 */
import { B, HP_2019 } from '../_lib/bronnen.js';
import type { Beslissingsdefinitie } from '../_lib/evaluatie.js';
import { alle, is, isEenVan, regel } from '../_lib/regel.js';

const bool = [true, false] as const;
const nietGi = () => isEenVan('overdrachtAan', ['lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen']);

export const regels = [
  regel({
    regel: 'monitoring.gecertificeerde-instelling',
    waarde: 'niet-monitoren',
    prioriteit: 100,
    als: alle(is('overdrachtAan', 'gecertificeerde-instelling')),
    uitleg: 'Na overdracht aan een gecertificeerde instelling monitort Veilig Thuis nooit.',
    bronnen: [B.monitoringGi, B.monitoring],
    geldigVanaf: HP_2019,
    extra: { verplicht: false },
  }),
  regel({
    regel: 'monitoring.na-veiligheidsbeoordeling-besluit',
    waarde: 'monitoren',
    prioriteit: 90,
    als: alle(is('overdrachtNa', 'veiligheidsbeoordeling'), nietGi(), is('vtBesluitTotMonitoring', true)),
    uitleg: 'Na een directe overdracht na de veiligheidsbeoordeling monitort Veilig Thuis alleen als het daartoe besluit; dat heeft Veilig Thuis gedaan.',
    bronnen: [B.monitoring],
    geldigVanaf: HP_2019,
    extra: { verplicht: false },
  }),
  regel({
    regel: 'monitoring.na-veiligheidsbeoordeling-geen-besluit',
    waarde: 'niet-monitoren',
    prioriteit: 85,
    als: alle(is('overdrachtNa', 'veiligheidsbeoordeling'), is('vtBesluitTotMonitoring', false)),
    uitleg: 'Na een directe overdracht na de veiligheidsbeoordeling monitort Veilig Thuis alleen als het daartoe besluit; dat heeft Veilig Thuis niet gedaan.',
    bronnen: [B.monitoring],
    geldigVanaf: HP_2019,
    extra: { verplicht: false },
  }),
  regel({
    regel: 'monitoring.na-onderzoek',
    waarde: 'monitoren',
    prioriteit: 80,
    als: alle(is('overdrachtNa', 'onderzoek'), nietGi(), is('vermoedenWeerlegd', false), is('gegrondeRedenVastgelegd', false)),
    uitleg: 'Na overdracht na onderzoek monitort Veilig Thuis, tenzij het vermoeden is weerlegd of er een vastgelegde gegronde reden is; geen van beide is het geval.',
    bronnen: [B.monitoring, B.monitoring312],
    interpretatie: 'Er is geen gegronde reden vastgelegd. Omdat de bron eist dat zo’n reden wordt vastgelegd, geldt zonder vastgelegde reden de hoofdregel: monitoren.',
    geldigVanaf: HP_2019,
    extra: { verplicht: true },
  }),
  regel({
    regel: 'monitoring.vermoeden-weerlegd',
    waarde: 'niet-monitoren',
    prioriteit: 75,
    als: alle(is('overdrachtNa', 'onderzoek'), is('vermoedenWeerlegd', true)),
    uitleg: 'Het onderzoek heeft het vermoeden weerlegd; na onderzoek is monitoring dan niet nodig.',
    bronnen: [B.monitoring],
    geldigVanaf: HP_2019,
    extra: { verplicht: false },
  }),
  regel({
    regel: 'monitoring.gegronde-reden',
    waarde: 'niet-monitoren',
    prioriteit: 70,
    als: alle(isEenVan('overdrachtNa', ['onderzoek', 'voorwaarden-en-vervolg']), is('gegrondeRedenVastgelegd', true)),
    uitleg: 'Er is een gegronde reden vastgelegd om niet te monitoren; na onderzoek en na Voorwaarden & Vervolg is dat de enige uitzondering op monitoring.',
    bronnen: [B.monitoring],
    geldigVanaf: HP_2019,
    extra: { verplicht: false },
  }),
  regel({
    regel: 'monitoring.na-voorwaarden-en-vervolg',
    waarde: 'monitoren',
    prioriteit: 60,
    als: alle(is('overdrachtNa', 'voorwaarden-en-vervolg'), nietGi(), is('gegrondeRedenVastgelegd', false)),
    uitleg: 'Na overdracht na Voorwaarden & Vervolg monitort Veilig Thuis altijd, tenzij er een vastgelegde gegronde reden is; die is er niet.',
    bronnen: [B.monitoring, B.monitoring312],
    interpretatie: 'Er is geen gegronde reden vastgelegd. Omdat de bron eist dat zo’n reden wordt vastgelegd, geldt zonder vastgelegde reden de hoofdregel: monitoren.',
    geldigVanaf: HP_2019,
    extra: { verplicht: true },
  }),
];

export const definitie: Beslissingsdefinitie = {
  id: 'monitoring',
  versie: '1.0.0',
  regels,
  feiten: [
    { naam: 'overdrachtAan', domein: ['lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling'] },
    { naam: 'overdrachtNa', domein: ['veiligheidsbeoordeling', 'onderzoek', 'voorwaarden-en-vervolg'] },
    { naam: 'vtBesluitTotMonitoring', domein: bool },
    { naam: 'vermoedenWeerlegd', domein: bool },
    { naam: 'gegrondeRedenVastgelegd', domein: bool },
  ],
  kenmerken: { uitkomst: ['monitoren', 'niet-monitoren'] },
};
