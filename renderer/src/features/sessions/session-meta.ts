import { DEFAULT_DURATION_MINUTES, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '@shared/api/constants';
import type { Session } from '@shared/api/sessions';
import type { TranslationKey } from '../../i18n/resources';

export type SessionMeta = Pick<Session, 'startsAt' | 'durationMinutes' | 'modality' | 'setting' | 'attendance'>;

/** A label for each of the contract's choices; the records' types make a missing one an error. */
export const MODALITY_KEYS: Record<Session['modality'], TranslationKey> = {
  individual: 'session.modality.individual',
  couple: 'session.modality.couple',
  family: 'session.modality.family',
  group: 'session.modality.group',
};
export const SETTING_KEYS: Record<Session['setting'], TranslationKey> = {
  inPerson: 'session.setting.inPerson',
  video: 'session.setting.video',
  phone: 'session.setting.phone',
};
export const ATTENDANCE_KEYS: Record<Session['attendance'], TranslationKey> = {
  attended: 'session.attendance.attended',
  cancelled: 'session.attendance.cancelled',
  noShow: 'session.attendance.noShow',
};

/** What the metadata form holds: the start as a local date and time, the duration as typed. */
export interface SessionMetaForm {
  startsAtLocal: string;
  durationMinutes: string;
  modality: Session['modality'];
  setting: Session['setting'];
  attendance: Session['attendance'];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A datetime-local input's value for an instant, in this computer's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** DOMAIN §1's sensible defaults: now, 50 minutes, individual, in person, attended. */
export function defaultSessionMeta(now: Date): SessionMetaForm {
  return {
    startsAtLocal: toLocalInput(now),
    durationMinutes: String(DEFAULT_DURATION_MINUTES),
    modality: 'individual',
    setting: 'inPerson',
    attendance: 'attended',
  };
}

export function toSessionMetaForm(session: SessionMeta): SessionMetaForm {
  return {
    ...session,
    startsAtLocal: toLocalInput(new Date(session.startsAt)),
    durationMinutes: String(session.durationMinutes),
  };
}

export type SessionMetaProblem = 'startsAt' | 'duration';

export function validateSessionMeta(form: SessionMetaForm): SessionMetaProblem[] {
  const problems: SessionMetaProblem[] = [];
  if (Number.isNaN(new Date(form.startsAtLocal).getTime())) problems.push('startsAt');
  const minutes = Number(form.durationMinutes.trim());
  if (
    form.durationMinutes.trim() === '' ||
    !Number.isInteger(minutes) ||
    minutes < MIN_DURATION_MINUTES ||
    minutes > MAX_DURATION_MINUTES
  )
    problems.push('duration');
  return problems;
}

/** Call only once validateSessionMeta found nothing. */
export function toSessionMeta(form: SessionMetaForm): SessionMeta {
  return {
    startsAt: new Date(form.startsAtLocal).toISOString(),
    durationMinutes: Number(form.durationMinutes.trim()),
    modality: form.modality,
    setting: form.setting,
    attendance: form.attendance,
  };
}
