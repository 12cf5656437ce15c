/**
 * Entry `handelingsprotocol/beslishulp`: the web component `<hp-beslishulp>`. Importing it
 * registers the element (once; where there is no `customElements`, as on a server, it only exports
 * the class).
 *
 * @example
 * <script type="module">import 'handelingsprotocol/beslishulp';</script>
 * <hp-beslishulp beslissing="afwegingskader"></hp-beslishulp>
 */
import { HpBeslishulp } from './element.js';

export { HpBeslishulp };

if (typeof customElements !== 'undefined' && !customElements.get('hp-beslishulp')) customElements.define('hp-beslishulp', HpBeslishulp);

declare global {
  interface HTMLElementTagNameMap {
    'hp-beslishulp': HpBeslishulp;
  }
  interface HTMLElementEventMap {
    besluit: CustomEvent<import('../rules/_lib/besluit.js').Besluit<string, object>>;
  }
}
