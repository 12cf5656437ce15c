// Entry `handelingsprotocol/scenarios` (Node: it reads files). Everything that does not read files
// is in `browser.ts`, which a browser bundler gets through the `browser` export condition.
export * from './browser.js';
export { voerScenariosUit, ongedekteRegels } from './laad.js';
