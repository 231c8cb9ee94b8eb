/** A reply template the user keeps in the options page; `{first_name}`, `{page_name}`, `{agent_name}` are filled in when used. */
export interface Template {
  id: string;
  title: string;
  body: string;
  /** BCP 47 primary language: en, de, it, da, nb. */
  language: string;
  keywords: string[];
  /** Times it was inserted; feeds the ranking. */
  usage: number;
  /** Position in the user's list. */
  order: number;
}

export interface TemplateVariables {
  first_name: string;
  page_name: string;
  agent_name: string;
}
