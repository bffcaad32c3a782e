/**
 * The contract's closed lists and limits, in one module that imports nothing: the zod schemas in
 * shared/api/*.ts build on these, and the renderer reads them from here, so it never copies a
 * list and never pulls zod into a screen only to learn a number.
 */

// Text
export const MAX_PASSPHRASE_LENGTH = 1024;
export const MAX_SHORT_TEXT = 200;

// Settings
export const LANGUAGES = ['en', 'da', 'nb', 'sv'] as const;
export const THEMES = ['light', 'dark', 'system'] as const;
/** Fractions are allowed so a test can use a few seconds; the settings screen offers whole minutes. */
export const MIN_IDLE_LOCK_MINUTES = 0.05;
export const MAX_IDLE_LOCK_MINUTES = 480;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

// Retention and erasure (DOMAIN.md §6)
export const PRACTICE_COUNTRIES = ['DK', 'NO', 'SE', 'other'] as const;
/**
 * Years a record is kept after its last entry, by default: Denmark at least 5 (authorised
 * psychologists); Sweden at least 10 (Patientdatalagen 3:17); Norway no fixed minimum, commonly
 * reviewed after 10; elsewhere 10 until the clinician sets their own.
 */
export const RETENTION_DEFAULT_YEARS = { DK: 5, NO: 10, SE: 10, other: 10 } as const;
/** The shortest period the settings accept for each country (the law's minimum where there is one). */
export const RETENTION_MIN_YEARS = { DK: 5, NO: 1, SE: 10, other: 1 } as const;
export const MAX_RETENTION_YEARS = 100;
/** An erasure before the period ends needs a legal reason at least this long. */
export const MIN_ERASURE_REASON = 10;
export const MAX_ERASURE_REASON = 2_000;
/** Seconds after which text copied from Trygg is cleared from the clipboard (0: only on lock). */
export const CLIPBOARD_CLEAR_SECONDS = [0, 15, 30, 60, 120, 300] as const;
export const DEFAULT_CLIPBOARD_CLEAR_SECONDS = 60;

// Backups
export const MIN_BACKUP_KEEP = 1;
export const MAX_BACKUP_KEEP = 100;
export const DEFAULT_BACKUP_KEEP = 10;
/** The status line warns when the last verified backup is older than this many days. */
export const MIN_BACKUP_WARN_DAYS = 1;
export const MAX_BACKUP_WARN_DAYS = 90;
export const DEFAULT_BACKUP_WARN_DAYS = 7;
export const MAX_BACKUP_PATH = 4096;

// Vault
export const VAULT_STATES = ['none', 'locked', 'unlocked'] as const;
/** Codes the strength estimate gives, translated by the renderer. */
export const PASSPHRASE_HINTS = [
  'tooShort',
  'common',
  'sequence',
  'repeat',
  'dictionary',
  'dates',
  'guessable',
  'addWords',
] as const;
/** A passphrase is accepted from this zxcvbn score (0..4) and this length on. */
export const MIN_PASSPHRASE_SCORE = 3;
export const MIN_PASSPHRASE_LENGTH = 10;

// Clients
export const CLIENT_STATUSES = ['active', 'paused', 'ended'] as const;
export const CLIENT_SORTS = ['name', 'lastSession', 'status'] as const;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;
/** The longest each free-text field of a client may be. */
export const CLIENT_TEXT_LIMITS = {
  name: 200,
  pseudonym: 60,
  email: 200,
  phone: 60,
  address: 500,
  referralSource: 200,
  presentingProblems: 5000,
} as const;

// Sessions and notes
export const MODALITIES = ['individual', 'couple', 'family', 'group'] as const;
/** Where a session took place (not the app's settings). */
export const SETTINGS = ['inPerson', 'video', 'phone'] as const;
export const ATTENDANCES = ['attended', 'cancelled', 'noShow'] as const;
export const BUILTIN_TEMPLATES = ['free', 'soap', 'dap', 'birp'] as const;
export const DEFAULT_DURATION_MINUTES = 50;
export const MIN_DURATION_MINUTES = 1;
export const MAX_DURATION_MINUTES = 600;
export const MAX_TEMPLATE_NAME = 100;

// Documents
export const DOCUMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const MAX_FILE_NAME = 255;

// Search
export const SEARCH_KINDS = ['note', 'addendum', 'client', 'formulation', 'hypothesis'] as const;
export const MAX_QUERY_LENGTH = 5000;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_SEARCH_OFFSET = 10_000;

// Audit log
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'sign',
  'addendum',
  'delete',
  'restore',
  'export',
  'print',
  'backup',
  'read',
  'search',
  'unlock',
  /** A client's whole record erased (the entry keeps that it happened and why, not whose). */
  'erase',
  /** An entry about a client whose record was erased: its content is gone, its place in the chain kept. */
  'redacted',
] as const;
export const AUDIT_ENTITIES = [
  'client',
  'session',
  'addendum',
  'document',
  'template',
  'formulation',
  'hypothesis',
  'evidence',
  'alliance',
  'rupture',
  'vault',
] as const;
export const MAX_AUDIT_PAGE = 500;

// Case formulations, hypotheses, evidence
export const MAX_VERSION_NAME = 120;
export const MAX_EVIDENCE_COMMENT = 2_000;

// Ruptures
/** The longest the clinician's own contribution to a rupture may be. */
export const MAX_CONTRIBUTION = 10_000;

// Case summaries
export const SUMMARY_NOTES = ['full', 'excerpts', 'list'] as const;
export const SUMMARY_NAMES = ['name', 'pseudonym'] as const;
/** The sections a summary can hold, in print order; the clinician leaves any out. */
export const SUMMARY_SECTIONS = ['formulation', 'attachment', 'alliance', 'ruptures', 'sessions'] as const;
/** Characters of a note shown as its excerpt. */
export const SUMMARY_EXCERPT_CHARS = 400;
