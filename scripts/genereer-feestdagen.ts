/**
 * Writes src/deadlines/feestdagtabel.ts from the installed date-holidays.
 * Run after upgrading date-holidays or changing the year range: `npm run feestdagen`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEESTDAGTABEL_PAD, genereerFeestdagtabel, leesDateHolidaysVersie } from './feestdagtabel-bron.js';

const doel = fileURLToPath(new URL(`../${FEESTDAGTABEL_PAD}`, import.meta.url));
const tekst = genereerFeestdagtabel();
let oud: string | undefined;
try {
  oud = readFileSync(doel, 'utf8');
} catch {
  oud = undefined;
}
if (oud === tekst) {
  console.log(`${FEESTDAGTABEL_PAD} is al bijgewerkt (date-holidays ${leesDateHolidaysVersie()}).`);
} else {
  writeFileSync(doel, tekst);
  console.log(`${FEESTDAGTABEL_PAD} geschreven uit date-holidays ${leesDateHolidaysVersie()} (${tekst.length} tekens).`);
}
