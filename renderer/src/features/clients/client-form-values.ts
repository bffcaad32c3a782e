import type { Client } from '@shared/api/clients';
import { CLIENT_TEXT_LIMITS, MAX_TAG_LENGTH, MAX_TAGS } from '@shared/api/constants';
import type { MethodInput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';

/** What the client form holds: text as typed; tags as one comma-separated line. */
export interface ClientFormValues {
  name: string;
  pseudonym: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  address: string;
  referralSource: string;
  treatmentStart: string;
  treatmentEnd: string;
  status: Client['status'];
  presentingProblems: string;
  tags: string;
}

export type ClientField = keyof ClientFormValues;
export type ClientFieldProblem = 'required' | 'tooLong' | 'date' | 'endBeforeStart' | 'tags' | 'invalid';
export type ClientFormErrors = Partial<Record<ClientField, ClientFieldProblem>>;
type ClientInput = Omit<MethodInput<'clients.update'>, 'id'> & { name: string };

/** The contract's own bounds, so most mistakes are caught before anything is sent. */
const MAX_LENGTH: Partial<Record<ClientField, number>> = CLIENT_TEXT_LIMITS;
const DATE_FIELDS = ['dateOfBirth', 'treatmentStart', 'treatmentEnd'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyClientForm(): ClientFormValues {
  return {
    name: '',
    pseudonym: '',
    dateOfBirth: '',
    email: '',
    phone: '',
    address: '',
    referralSource: '',
    treatmentStart: '',
    treatmentEnd: '',
    status: 'active',
    presentingProblems: '',
    tags: '',
  };
}

export function toClientForm(client: Client): ClientFormValues {
  return {
    ...client,
    dateOfBirth: client.dateOfBirth ?? '',
    treatmentStart: client.treatmentStart ?? '',
    treatmentEnd: client.treatmentEnd ?? '',
    tags: client.tags.join(', '),
  };
}

export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

export function toClientInput(values: ClientFormValues): ClientInput {
  const date = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    name: values.name.trim(),
    pseudonym: values.pseudonym.trim(),
    dateOfBirth: date(values.dateOfBirth),
    email: values.email.trim(),
    phone: values.phone.trim(),
    address: values.address.trim(),
    referralSource: values.referralSource.trim(),
    treatmentStart: date(values.treatmentStart),
    treatmentEnd: date(values.treatmentEnd),
    status: values.status,
    presentingProblems: values.presentingProblems.trim(),
    tags: parseTags(values.tags),
  };
}

export function validateClientForm(values: ClientFormValues): ClientFormErrors {
  const errors: ClientFormErrors = {};
  if (values.name.trim() === '') errors.name = 'required';
  for (const [field, max] of Object.entries(MAX_LENGTH) as [ClientField, number][]) {
    if (values[field].trim().length > max) errors[field] = 'tooLong';
  }
  for (const field of DATE_FIELDS) {
    const text = values[field].trim();
    if (text !== '' && (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text)))) errors[field] = 'date';
  }
  const tags = parseTags(values.tags);
  if (tags.length > MAX_TAGS || tags.some((tag) => tag.length > MAX_TAG_LENGTH)) errors.tags = 'tags';
  const { treatmentStart: start, treatmentEnd: end } = values;
  if (!errors.treatmentStart && !errors.treatmentEnd && start && end && end < start)
    errors.treatmentEnd = 'endBeforeStart';
  return errors;
}

const FIELDS = new Set<string>(Object.keys(emptyClientForm()));

/** The core's VALIDATION issues, placed on the fields they name. */
export function errorsFromIssues(issues: ApiError['issues']): ClientFormErrors {
  const errors: ClientFormErrors = {};
  for (const issue of issues ?? []) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !FIELDS.has(field)) continue;
    const name = field as ClientField;
    if (DATE_FIELDS.includes(name as (typeof DATE_FIELDS)[number])) errors[name] = 'date';
    else if (name === 'tags') errors.tags = 'tags';
    else if (name === 'name') errors.name = 'required';
    else errors[name] = MAX_LENGTH[name] ? 'tooLong' : 'invalid';
  }
  return errors;
}
