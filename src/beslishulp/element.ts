/**
 * `<hp-beslishulp>`: a decision as a form that asks one question at a time. Framework-free; all
 * it shows comes from the decision's definition (vraag, toelichting, options, uitkomst titles) and
 * from the Besluit (redenen, bronnen, acties). See docs/beslishulp.md.
 */
import type { Besluit, BeslisOpties } from '../rules/_lib/besluit.js';
import type { Definitie, Feit } from '../rules/_lib/definitie.js';
import { beslisOpNaam, beslissingen, isBeslissing } from '../rules/beslissingen.js';
import { isRegio, regios } from '../regios/index.js';
import type { Bron } from '../types/bron.js';
import { amsterdamsTijdstip, datumTekst, lokaleTijd } from './tijd.js';
import { antwoordTekst, bronnenHtml, esc, veldenHtml } from './weergave.js';

type Antwoorden = Record<string, unknown>;
type Resultaat = Besluit<string, Record<string, unknown>>;

/** An element class to extend: HTMLElement in a browser, a stand-in where there is no DOM (server-side imports). */
const Basis = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

const STIJL = `
:host{display:block;font:inherit;color:#1b1b1b;max-width:46rem}
*{box-sizing:border-box}
h2{font-size:1.3em;margin:0 0 .6em}h3{font-size:1.1em;margin:1.2em 0 .4em}h4{font-size:1em;margin:1em 0 .3em}
fieldset{border:1px solid #6b6b6b;border-radius:6px;padding:.8em 1em;margin:0 0 .8em}
legend,.vraag{font-weight:700;padding:0 .2em}
label{display:block;margin:.3em 0;cursor:pointer}
input[type=radio]{width:1.1em;height:1.1em;vertical-align:-.15em;margin-right:.4em}
input:not([type=radio]),select{display:block;font:inherit;padding:.35em .5em;margin:.3em 0;border:1px solid #4a4a4a;border-radius:4px;min-width:16em;background:#fff;color:#1b1b1b}
button{font:inherit;padding:.4em .9em;margin:.2em .4em .2em 0;border:2px solid #0b4f8a;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}
button.tweede{background:#fff;color:#0b4f8a}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
[tabindex="-1"]:focus{outline:none}
.toelichting,.bron,.klein{color:#4a4a4a;font-size:.92em}
.fout{color:#a4000f;font-weight:700;margin:.3em 0}
[aria-invalid=true]{border-color:#a4000f}
.mogelijk li,.besluit li{margin:.3em 0}
.besluit{border-left:5px solid #0b4f8a;padding:.2em 0 .2em 1em;margin:1em 0}
.besluit p{margin:.25em 0}
dl{margin:.3em 0}dt{font-weight:700;display:inline}dd{display:inline;margin:0}
.antwoorden li{margin:.3em 0}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/**
 * The web component. Attributes `beslissing` (a key of `beslissingen`), `regio`, `peildatum`;
 * property `antwoorden` (answers a host already knows). Fires `besluit` (bubbles, composed) with
 * the Besluit as `detail` whenever the answers lead to a besloten Besluit.
 *
 * @example
 * <script type="module" src="beslishulp.js"></script>
 * <hp-beslishulp beslissing="afwegingskader"></hp-beslishulp>
 */
export class HpBeslishulp extends Basis {
  static get observedAttributes(): string[] {
    return ['beslissing', 'regio', 'peildatum'];
  }

  #begin: Antwoorden = {};
  #antwoorden: Antwoorden = {};
  /** The order in which the facts were answered (for 'Vorige vraag'). */
  #volgorde: string[] = [];
  /** The fact being changed (or answered ahead of time), if any. */
  #bewerk: string | undefined;
  /** An error with the answer being given, shown at the field (the form's own checks). */
  #veldfout: string | undefined;
  #laatsteBesluit = '';
  #root: ShadowRoot | undefined;
  #focus = false;

  /** The answers given so far (a copy). */
  get antwoorden(): Antwoorden {
    return { ...this.#antwoorden };
  }

  /** Answers a host already knows: the form starts from them (null or undefined: not known). */
  set antwoorden(waarde: Antwoorden) {
    const schoon: Antwoorden = {};
    for (const [k, w] of Object.entries(waarde ?? {})) if (w !== null && w !== undefined) schoon[k] = w;
    this.#begin = schoon;
    this.#herstart();
  }

  connectedCallback(): void {
    if (!this.#root) {
      // Answers a host set before the element was defined are an own property: take them over.
      if (Object.hasOwn(this, 'antwoorden')) {
        const w = (this as { antwoorden?: Antwoorden }).antwoorden;
        delete (this as { antwoorden?: Antwoorden }).antwoorden;
        this.#begin = {};
        if (w) this.antwoorden = w;
      }
      this.#root = this.attachShadow({ mode: 'open' });
      this.#root.addEventListener('submit', (e) => this.#verstuur(e));
      this.#root.addEventListener('click', (e) => this.#klik(e));
    }
    this.#teken();
  }

  attributeChangedCallback(naam: string, oud: string | null, nieuw: string | null): void {
    if (oud === nieuw) return;
    if (naam === 'beslissing') this.#herstart();
    else if (this.#root) this.#teken();
  }

  #herstart(): void {
    this.#antwoorden = { ...this.#begin };
    this.#volgorde = Object.keys(this.#begin);
    this.#bewerk = undefined;
    this.#veldfout = undefined;
    this.#laatsteBesluit = '';
    if (this.#root) this.#teken();
  }

  #opties(): BeslisOpties {
    const o: BeslisOpties = {};
    const regio = this.getAttribute('regio');
    const peildatum = this.getAttribute('peildatum');
    if (regio) o.regio = regio;
    if (peildatum) o.peildatum = peildatum;
    return o;
  }

  #def(): Definitie | undefined {
    const naam = this.getAttribute('beslissing');
    return isBeslissing(naam) ? beslissingen[naam] : undefined;
  }

  /** The form's answer to the question shown, or an error text. */
  #lees(form: HTMLFormElement, f: Feit): { waarde: unknown } | { fout: string } {
    const data = new FormData(form);
    const w = data.get('w');
    const s = typeof w === 'string' ? w.trim() : '';
    switch (f.soort) {
      case 'ja-nee':
        return s === '' ? { fout: 'Kies Ja of Nee.' } : { waarde: s === 'ja' };
      case 'keuze':
        return s === '' ? { fout: 'Kies een van de antwoorden.' } : { waarde: s };
      case 'gemeente':
        return s === '' ? { fout: 'Kies een gemeente.' } : { waarde: s };
      case 'datum':
        return s === '' ? { fout: 'Vul een datum in.' } : { waarde: s };
      case 'tijdstip': {
        if (s === '') return { fout: 'Vul een datum en tijd in.' };
        const t = amsterdamsTijdstip(s);
        return t ? { waarde: t } : { fout: 'Deze tijd bestaat niet in Nederlandse tijd (de overgang naar zomertijd); kies een andere tijd.' };
      }
      case 'datum-of-tijdstip': {
        const tijd = String(data.get('tijd') ?? '');
        if (s === '') return { fout: 'Vul een datum in.' };
        if (tijd === '') return { waarde: s };
        const t = amsterdamsTijdstip(`${s}T${tijd}`);
        return t ? { waarde: t } : { fout: 'Deze tijd bestaat niet in Nederlandse tijd (de overgang naar zomertijd); kies een andere tijd.' };
      }
      case 'tekst':
        return s === '' ? { fout: 'Vul een antwoord in.' } : { waarde: w };
    }
  }

  #verstuur(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const feit = form.dataset['feit'];
    const f = feit !== undefined ? this.#def()?.feiten[feit] : undefined;
    if (feit === undefined || !f) return;
    const r = this.#lees(form, f);
    this.#focus = true;
    if ('fout' in r) {
      this.#veldfout = r.fout;
      this.#bewerk = feit;
    } else {
      this.#antwoorden = { ...this.#antwoorden, [feit]: r.waarde };
      if (!this.#volgorde.includes(feit)) this.#volgorde = [...this.#volgorde, feit];
      this.#bewerk = undefined;
      this.#veldfout = undefined;
    }
    this.#teken();
  }

  #klik(e: Event): void {
    const knop = (e.target as Element).closest?.('button[data-doe]') as HTMLButtonElement | null;
    if (!knop) return;
    const doe = knop.dataset['doe'];
    this.#focus = true;
    this.#veldfout = undefined;
    if (doe === 'wijzig') this.#bewerk = knop.dataset['feit'];
    else if (doe === 'terug') this.#bewerk = this.#vorige();
    else if (doe === 'annuleer') this.#bewerk = undefined;
    else if (doe === 'opnieuw') {
      this.#herstart();
      return;
    }
    this.#teken();
  }

  /** The question before the one shown: the answer before the one being changed, else the last answer. */
  #vorige(): string | undefined {
    const i = this.#bewerk === undefined ? -1 : this.#volgorde.indexOf(this.#bewerk);
    return i === -1 ? this.#volgorde.at(-1) : this.#volgorde[i - 1];
  }

  #teken(): void {
    const root = this.#root;
    if (!root) return;
    const def = this.#def();
    let inhoud: string;
    if (!def) {
      const naam = this.getAttribute('beslissing') ?? '';
      inhoud = `<p class="fout" role="alert">Onbekende beslissing '${esc(naam)}'. Kies voor het attribuut beslissing een van: ${Object.keys(beslissingen).join(', ')}.</p>`;
    } else inhoud = this.#formulier(def);
    root.innerHTML = `<style>${STIJL}</style><div lang="nl">${inhoud}</div>`;
    if (this.#focus) {
      this.#focus = false;
      // The question (its chosen option, else its first control), else the Besluit.
      for (const kiezer of ['form input:checked', 'form input, form select', '#besluit-kop']) {
        const doel = root.querySelector<HTMLElement>(kiezer);
        if (doel) {
          doel.focus();
          break;
        }
      }
    }
  }

  #formulier(def: Definitie): string {
    let besluit: Resultaat | undefined;
    let fout: { pad: string; melding: string }[] = [];
    try {
      besluit = beslisOpNaam(this.getAttribute('beslissing') as never, this.#antwoorden, this.#opties()) as Resultaat;
    } catch (e) {
      const problemen = (e as { problemen?: unknown }).problemen;
      if (!Array.isArray(problemen)) throw e;
      fout = problemen as { pad: string; melding: string }[];
    }
    // An error in an answer is shown at that question; any other (regio, peildatum) at the top.
    const bijFeit = fout.find((p) => Object.hasOwn(def.feiten, p.pad));
    const algemeen = fout.filter((p) => p !== bijFeit);

    let vraag: string | undefined = this.#bewerk;
    let kop = '';
    // An answer the decision refused is asked again (unless the user chose to change another one).
    if (bijFeit && vraag === undefined) vraag = bijFeit.pad;
    else if (vraag === undefined && besluit?.status === 'onvolledig') vraag = besluit.ontbrekend[0];
    else if (vraag === undefined && besluit?.status === 'besloten' && besluit.ontbrekendVoorActies?.length) {
      vraag = besluit.ontbrekendVoorActies[0];
      kop = '<p class="klein">De uitkomst staat vast; deze vraag is nog nodig om de acties compleet te maken.</p>';
    }

    let html = `<h2>${esc(def.titel)}</h2>`;
    if (algemeen.length) {
      html += `<div class="fout" role="alert">${algemeen.map((p) => `<p>De beslishulp is niet goed ingesteld: ${esc(p.melding)}</p>`).join('')}</div>`;
    }
    if (vraag !== undefined && def.feiten[vraag]) {
      html += this.#vraagHtml(vraag, def.feiten[vraag]!, kop, this.#veldfout ?? (bijFeit?.pad === vraag ? bijFeit.melding : undefined));
    }
    if (besluit?.status === 'onvolledig') {
      html += `<div class="mogelijk"><h3>Nog mogelijke uitkomsten</h3><ul>${besluit.mogelijkeUitkomsten
        .map((u) => `<li>${esc(def.uitkomsten[u]?.titel ?? u)}</li>`)
        .join('')}</ul></div>`;
    } else if (besluit?.status === 'besloten') {
      html += this.#besluitHtml(def, besluit);
    }
    html += this.#antwoordenHtml(def);
    if (besluit?.status === 'besloten') this.#meld(besluit);
    else this.#laatsteBesluit = ''; // the same Besluit reached again is news again
    return html;
  }

  #vraagHtml(naam: string, f: Feit, kop: string, fout: string | undefined): string {
    const huidig = this.#antwoorden[naam];
    const beschreven = [f.toelichting ? 'toelichting' : '', fout ? 'veldfout' : ''].filter(Boolean).join(' ');
    const attrs = `${beschreven ? ` aria-describedby="${beschreven}"` : ''}${fout ? ' aria-invalid="true"' : ''}`;
    const toel = f.toelichting ? `<p class="toelichting" id="toelichting">${esc(f.toelichting)}</p>` : '';
    const foutHtml = fout ? `<p class="fout" id="veldfout" role="alert">${esc(fout)}</p>` : '';
    let velden: string;
    if (f.soort === 'ja-nee' || f.soort === 'keuze') {
      const opties = f.soort === 'ja-nee' ? [{ waarde: 'ja', label: 'Ja', is: huidig === true }, { waarde: 'nee', label: 'Nee', is: huidig === false }]
        : (f.opties ?? []).map((o) => ({ waarde: o.waarde, label: o.label, is: huidig === o.waarde }));
      velden = `<fieldset${attrs}><legend>${esc(f.vraag)}</legend>${toel}${opties
        .map((o) => `<label><input type="radio" name="w" value="${esc(o.waarde)}"${o.is ? ' checked' : ''}>${esc(o.label)}</label>`)
        .join('')}${foutHtml}</fieldset>`;
    } else {
      let invoer: string;
      const label = (extra = '') => `<label class="vraag" for="w">${esc(f.vraag)}${extra}</label>`;
      if (f.soort === 'gemeente') {
        const regio = this.getAttribute('regio');
        const gemeenten = isRegio(regio) ? regios[regio]!.gemeenten : undefined;
        invoer = gemeenten
          ? `${label()}${toel}<select id="w" name="w"${attrs}><option value="">Kies een gemeente</option>${gemeenten
              .map((g) => `<option${g === huidig ? ' selected' : ''}>${esc(g)}</option>`)
              .join('')}</select>`
          : `${label()}${toel}<input id="w" name="w" type="text" value="${esc(huidig ?? '')}"${attrs}>`;
      } else if (f.soort === 'datum') {
        invoer = `${label()}${toel}<input id="w" name="w" type="date" value="${esc(huidig ?? '')}"${attrs}>`;
      } else if (f.soort === 'tijdstip') {
        invoer = `${label(' <span class="klein">(datum en tijd, Nederlandse tijd)</span>')}${toel}<input id="w" name="w" type="datetime-local" value="${esc(lokaleTijd(huidig))}"${attrs}>`;
      } else if (f.soort === 'datum-of-tijdstip') {
        const lokaal = lokaleTijd(huidig);
        invoer = `${label(' <span class="klein">(datum)</span>')}${toel}<input id="w" name="w" type="date" value="${esc(lokaal ? lokaal.slice(0, 10) : (huidig ?? ''))}"${attrs}>` +
          `<label for="tijd">Tijd <span class="klein">(niet verplicht, Nederlandse tijd)</span></label><input id="tijd" name="tijd" type="time" value="${esc(lokaal.slice(11))}">`;
      } else {
        invoer = `${label()}${toel}<input id="w" name="w" type="text" value="${esc(huidig ?? '')}"${attrs}>`;
      }
      velden = invoer + foutHtml;
    }
    const vorige = this.#vorige() !== undefined ? '<button type="button" class="tweede" data-doe="terug">Vorige vraag</button>' : '';
    const annuleer = this.#bewerk !== undefined && this.#antwoorden[this.#bewerk] !== undefined ? '<button type="button" class="tweede" data-doe="annuleer">Annuleren</button>' : '';
    return `<form novalidate data-feit="${esc(naam)}">${kop}${velden}<button type="submit">Volgende</button> ${vorige} ${annuleer}</form>`;
  }

  #besluitHtml(def: Definitie, b: Extract<Resultaat, { status: 'besloten' }>): string {
    const extra: Record<string, unknown> = {};
    let kenmerken = '';
    for (const [k, w] of Object.entries(b)) {
      const titel = def.kenmerken?.[k]?.[w as string]?.titel;
      if (titel) kenmerken += `<p>${esc(titel)}</p>`;
      else if (!['status', 'beslissing', 'uitkomst', 'redenen', 'acties', 'regelset', 'ontbrekendVoorActies', 'volgendeVraag'].includes(k)) extra[k] = w;
    }
    const volgende = typeof b['volgendeVraag'] === 'string' ? b['volgendeVraag'] : undefined;
    const later = volgende && def.feiten[volgende] && this.#bewerk !== volgende
      ? `<p>Volgende vraag: ${esc(def.feiten[volgende]!.vraag)} <button type="button" class="tweede" data-doe="wijzig" data-feit="${esc(volgende)}">Nu beantwoorden</button></p>`
      : '';
    const redenen = b.redenen
      .map((r) => `<li><p>${esc(r.uitleg)}</p>${r.interpretatie ? `<p><strong>Interpretatie:</strong> ${esc(r.toelichting ?? '')}</p>` : ''}${bronnenHtml(r.bronnen)}</li>`)
      .join('');
    const acties = (b.acties as unknown as Record<string, unknown>[])
      .map((a) => `<li><p>${esc(a['uitleg'])}</p>${veldenHtml(a)}${bronnenHtml(a['bronnen'] as Bron[])}</li>`)
      .join('');
    return `<div class="besluit"><h3 id="besluit-kop" tabindex="-1">Besluit: ${esc(def.uitkomsten[b.uitkomst]?.titel ?? b.uitkomst)}</h3>` +
      kenmerken + veldenHtml(extra) + later +
      `<h4>Redenen</h4><ol>${redenen}</ol>` +
      (acties ? `<h4>Acties</h4><ol>${acties}</ol>` : '') +
      `<p class="klein">Regelset ${esc(b.regelset.id)} versie ${esc(b.regelset.versie)}, geldig vanaf ${esc(datumTekst(b.regelset.geldigVanaf))}.</p></div>`;
  }

  #antwoordenHtml(def: Definitie): string {
    const namen = this.#volgorde.filter((n) => this.#antwoorden[n] !== undefined && def.feiten[n]);
    if (namen.length === 0) return '';
    const items = namen
      .map((n) => {
        const f = def.feiten[n]!;
        return `<li>${esc(f.vraag)} <strong>${esc(antwoordTekst(f, this.#antwoorden[n]))}</strong> <button type="button" class="tweede" data-doe="wijzig" data-feit="${esc(n)}">Wijzig<span class="vh"> het antwoord op: ${esc(f.vraag)}</span></button></li>`;
      })
      .join('');
    return `<div class="antwoorden"><h3>Uw antwoorden</h3><ul>${items}</ul><button type="button" class="tweede" data-doe="opnieuw">Opnieuw beginnen</button></div>`;
  }

  /** Fires `besluit` when the Besluit differs from the last one fired. */
  #meld(b: Resultaat): void {
    const sleutel = JSON.stringify(b);
    if (sleutel === this.#laatsteBesluit) return;
    this.#laatsteBesluit = sleutel;
    // After this render, so a listener sees the form as the user does.
    queueMicrotask(() => this.dispatchEvent(new CustomEvent('besluit', { detail: b, bubbles: true, composed: true })));
  }
}
