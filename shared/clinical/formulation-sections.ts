import type { Localized } from './attachment-patterns';

/** The case formulation's sections (DOMAIN.md §2), in order; stable ids, stored by id. */
export const FORMULATION_SECTIONS = [
  'presentingProblems',
  'predisposing',
  'precipitating',
  'perpetuating',
  'protective',
  'viewOfSelf',
  'viewOfOthers',
  'coreRelationalPattern',
  'goalsAndTasks',
  'plan',
] as const;
export type FormulationSection = (typeof FORMULATION_SECTIONS)[number];

export const FORMULATION_SECTION_NAMES: Record<FormulationSection, Localized> = {
  presentingProblems: {
    en: 'Presenting problems',
    da: 'Henvendelsesårsag',
    nb: 'Henvisningsgrunn og problemer',
    sv: 'Aktuella problem',
  },
  predisposing: {
    en: 'Predisposing factors',
    da: 'Disponerende faktorer',
    nb: 'Disponerende faktorer',
    sv: 'Predisponerande faktorer',
  },
  precipitating: {
    en: 'Precipitating factors',
    da: 'Udløsende faktorer',
    nb: 'Utløsende faktorer',
    sv: 'Utlösande faktorer',
  },
  perpetuating: {
    en: 'Perpetuating factors',
    da: 'Vedligeholdende faktorer',
    nb: 'Opprettholdende faktorer',
    sv: 'Vidmakthållande faktorer',
  },
  protective: {
    en: 'Protective factors',
    da: 'Beskyttende faktorer',
    nb: 'Beskyttende faktorer',
    sv: 'Skyddande faktorer',
  },
  viewOfSelf: {
    en: 'Working model of self: "Am I worth loving?"',
    da: 'Indre arbejdsmodel af selvet: "Er jeg værd at elske?"',
    nb: 'Indre arbeidsmodell av selvet: «Er jeg verdt å elske?»',
    sv: 'Inre arbetsmodell av självet: ”Är jag värd att älska?”',
  },
  viewOfOthers: {
    en: 'Working model of others: "Are others reliable and available?"',
    da: 'Indre arbejdsmodel af andre: "Er andre pålidelige og tilgængelige?"',
    nb: 'Indre arbeidsmodell av andre: «Er andre pålitelige og tilgjengelige?»',
    sv: 'Inre arbetsmodell av andra: ”Är andra pålitliga och tillgängliga?”',
  },
  coreRelationalPattern: {
    en: 'Core relational pattern',
    da: 'Centralt relationelt mønster',
    nb: 'Sentralt relasjonelt mønster',
    sv: 'Centralt relationellt mönster',
  },
  goalsAndTasks: {
    en: 'Treatment goals and tasks',
    da: 'Behandlingsmål og opgaver',
    nb: 'Behandlingsmål og oppgaver',
    sv: 'Behandlingsmål och uppgifter',
  },
  plan: { en: 'Plan', da: 'Plan', nb: 'Plan', sv: 'Plan' },
};
