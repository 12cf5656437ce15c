// npm run bench: every benchmark, one line per figure (BENCH name value unit / RATIO name value).
import { bench as werkdagen } from './werkdagen.js';
import { bench as beslissingen } from './beslissingen.js';
import { bench as scenarios } from './scenarios.js';

for (const b of [werkdagen, beslissingen, scenarios]) await b();
