/** Where a rule or a deadline comes from. */
export interface Bron {
  document: string;
  vindplaats?: string;
  url?: string;
}
