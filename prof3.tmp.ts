import { beslisMonitoring, beslisPolitiemelding } from './src/index.ts';
function t(naam: string, f: () => unknown, n = 300000) { for (let k=0;k<50000;k++) f(); const b=performance.now(); for (let k=0;k<n;k++) f(); console.log(naam, ((performance.now()-b)/n*1000).toFixed(3), 'µs'); }
const o = { peildatum: '2025-06-02' };
t('monitoring V&V', () => beslisMonitoring({ overdrachtAan: 'lokaal-team', overdrachtNa: 'voorwaarden-en-vervolg', vtBesluitTotMonitoring: true, vermoedenWeerlegd: false }, o));
t('monitoring gegrond', () => beslisMonitoring({ overdrachtAan: 'lokaal-team', overdrachtNa: 'voorwaarden-en-vervolg', vtBesluitTotMonitoring: true, vermoedenWeerlegd: false, gegrondeRedenGeenMonitoring: 'x' }, o));
t('monitoring GI', () => beslisMonitoring({ overdrachtAan: 'gecertificeerde-instelling', overdrachtNa: 'voorwaarden-en-vervolg', vtBesluitTotMonitoring: true, vermoedenWeerlegd: false }, o));
const r = { regio: 'gelderland-zuid' };
t('politie melding', () => beslisPolitiemelding({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: true, gemeente: 'Tiel', ontvangen: '2025-06-02' }, r));
t('politie overig', () => beslisPolitiemelding({ betreftVerwardPersoon: false, betreftHuiselijkGeweldOfKindermishandeling: false, gemeente: 'Tiel', ontvangen: '2025-06-02' }, r));
t('politie verward', () => beslisPolitiemelding({ betreftVerwardPersoon: true, betreftHuiselijkGeweldOfKindermishandeling: false, gemeente: 'Tiel', ontvangen: '2025-06-02' }, r));
