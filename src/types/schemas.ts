/**
 * The strict zod schemas of every decision's input. A form can validate as the user types:
 * `Schema.safeParse(invoer, { error: nlFoutmelding })` gives Dutch messages without touching zod's
 * global configuration. Every field is optional: a missing fact means "not known yet". Unknown
 * keys are errors (a typo must never be silently ignored).
 */
import { z } from 'zod';
import { datumOfTijdstipVeld, datumVeld, tijdstipVeld } from './zodNl.js';

const ja = () => z.boolean().optional();

export const AdviesOfMeldingInvoerSchema = z.strictObject({
  wens: z.enum(['advies', 'melding']).optional(),
  contactpersoon: z.enum(['professional', 'burger', 'directbetrokkene']).optional(),
  vermoedenHuiselijkGeweldOfKindermishandeling: ja(),
  melderMaaktZichBekend: ja(),
  meldplichtigVolgensAfwegingskader: ja(),
  inStaatTotHerstelVeiligheid: ja(),
});
export type AdviesOfMeldingInvoer = z.infer<typeof AdviesOfMeldingInvoerSchema>;

export const AmbtshalveMeldingInvoerSchema = z.strictObject({
  vtAdviseertMelden: ja(),
  adviesvragerMeldtZelf: ja(),
  risicoHoogEnAcuut: ja(),
  veiligheidNietTeVergroten: ja(),
  geenOvereenstemmingNaOpschaling: ja(),
  persoonsgegevensBekend: ja(),
});
export type AmbtshalveMeldingInvoer = z.infer<typeof AmbtshalveMeldingInvoerSchema>;

export const VervolgInvoerSchema = z.strictObject({
  spoedOfCrisis: ja(),
  moment: tijdstipVeld().optional(),
  aanwijzingenAcuteOfStructureleOnveiligheid: ja(),
  multiproblematiek: ja(),
  bevestigenOfWeerleggenNodig: ja(),
  directbetrokkenenBereidEnInStaat: ja(),
  betrokkenHulpverlenerKanEnWil: ja(),
  beschermingsmaatregelNodig: ja(),
  hulpOfOndersteuningNodig: ja(),
});
export type VervolgInvoer = z.infer<typeof VervolgInvoerSchema>;

export const MonitoringInvoerSchema = z.strictObject({
  overdrachtNa: z.enum(['veiligheidsbeoordeling', 'onderzoek', 'voorwaarden-en-vervolg']).optional(),
  overdrachtAan: z.enum(['lokaal-team', 'betrokken-hulpverlening', 'directbetrokkenen', 'gecertificeerde-instelling']).optional(),
  vtBesluitTotMonitoring: ja(),
  vermoedenWeerlegd: ja(),
  gegrondeRedenGeenMonitoring: z
    .string()
    .refine((s) => s.trim() !== '', { message: 'Een gegronde reden moet worden vastgelegd: lege tekst is geen reden. Laat het veld weg als er geen gegronde reden is.' })
    .optional(),
  overdrachtsdatum: datumVeld().optional(),
});
export type MonitoringInvoer = z.infer<typeof MonitoringInvoerSchema>;

export const AfwegingskaderAntwoordenSchema = z.strictObject({
  vermoeden: ja(),
  acuteOfStructureleOnveiligheid: ja(),
  passendeHulpMogelijk: ja(),
  hulpGeaccepteerd: ja(),
  hulpLeidtTotVeiligheid: ja(),
});
export type AfwegingskaderAntwoorden = z.infer<typeof AfwegingskaderAntwoordenSchema>;

export const PolitiemeldingInvoerSchema = z.strictObject({
  gemeente: z.string().optional(),
  betreftVerwardPersoon: ja(),
  betreftHuiselijkGeweldOfKindermishandeling: ja(),
  ontvangen: datumOfTijdstipVeld().optional(),
});
export type PolitiemeldingInvoer = z.infer<typeof PolitiemeldingInvoerSchema>;
