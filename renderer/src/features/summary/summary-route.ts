import { SUMMARY_NAMES, SUMMARY_NOTES, SUMMARY_SECTIONS } from '@shared/api/constants';
import type { SummaryOptions } from '@shared/api/summary';
import { PAPER_SIZES, type PaperSize } from './print-furniture';

export type { PaperSize } from './print-furniture';

export type SummaryNotes = (typeof SUMMARY_NOTES)[number];
export type SummaryNames = (typeof SUMMARY_NAMES)[number];
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

/**
 * What a case summary holds, all of it in the address
 * (#/clients/<id>/summary?from=…&to=…&notes=excerpts&names=pseudonym&contact=1&sections=…), so a
 * summary can be reopened as it was printed.
 */
export interface SummaryRoute {
  /** yyyy-mm-dd, or '' for no bound. */
  from: string;
  to: string;
  notes: SummaryNotes;
  /** null: not chosen, so the practice's setting decides (pseudonym when it shows pseudonyms). */
  names: SummaryNames | null;
  contact: boolean;
  /** In print order; every section when the address names none. */
  sections: SummarySection[];
  /** The paper it is laid out for (print only: the summary's content does not depend on it). */
  paper: PaperSize;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** Reads the options from the address; anything unreadable falls back to the default. */
export function parseSummaryRoute(search: string): SummaryRoute {
  const params = new URLSearchParams(search);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  const notes = params.get('notes');
  const names = params.get('names');
  const paper = params.get('paper');
  const listed = params.get('sections');
  const chosen = listed === null ? null : listed.split(',');
  return {
    from: date('from'),
    to: date('to'),
    notes: oneOf(SUMMARY_NOTES, notes) ? notes : 'full',
    names: oneOf(SUMMARY_NAMES, names) ? names : null,
    contact: params.get('contact') === '1',
    sections: chosen === null ? [...SUMMARY_SECTIONS] : SUMMARY_SECTIONS.filter((s) => chosen.includes(s)),
    paper: oneOf(PAPER_SIZES, paper) ? paper : 'a4',
  };
}

/** The address for a client's summary; defaults are left out, so a plain one reads #/clients/<id>/summary. */
export function summaryHref(clientId: string, route: Partial<SummaryRoute> = {}): string {
  const params = new URLSearchParams();
  if (route.from) params.set('from', route.from);
  if (route.to) params.set('to', route.to);
  if (route.notes && route.notes !== 'full') params.set('notes', route.notes);
  if (route.names) params.set('names', route.names);
  if (route.contact) params.set('contact', '1');
  if (route.sections && route.sections.length < SUMMARY_SECTIONS.length)
    params.set('sections', route.sections.join(','));
  if (route.paper && route.paper !== 'a4') params.set('paper', route.paper);
  const query = params.toString();
  return `/clients/${clientId}/summary${query ? `?${query}` : ''}`;
}

/**
 * The options summary.get is asked with. Names follow the address, else the practice's setting;
 * contact details go with real names only, so a pseudonymous summary never asks for them.
 */
export function summaryOptions(route: SummaryRoute, showPseudonym: boolean): SummaryOptions {
  const names: SummaryNames = route.names ?? (showPseudonym ? 'pseudonym' : 'name');
  return {
    ...(route.from ? { from: route.from } : {}),
    ...(route.to ? { to: route.to } : {}),
    notes: route.notes,
    names,
    contact: names === 'name' && route.contact,
    ...(route.sections.length < SUMMARY_SECTIONS.length ? { sections: route.sections } : {}),
  };
}

/** A file name for the saved PDF: the summary's label and the day, with nothing a path could use. */
export function summaryFileName(label: string, day: string): string {
  const safe = label
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 80);
  return `${safe ? `case-summary-${safe}` : 'case-summary'}-${day}.pdf`;
}
