// npm run bench: every benchmark, one line per figure (BENCH name value unit / RATIO name value).
import { bench as werkdagen } from './werkdagen.js';

for (const b of [werkdagen]) await b();
