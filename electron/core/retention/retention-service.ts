import type { ParsedInput } from '@shared/api/contract';
import { RETENTION_DEFAULT_YEARS } from '@shared/api/constants';
import type { PracticeCountry, RetentionStatus } from '@shared/api/retention';
import type { Settings } from '@shared/api/settings';
import type { CoreContext } from '../app/context';
import type { AuditLog } from '../audit/audit-area';
import { AppError } from '../errors';
import type { Db } from '../vault/sqlcipher';

/** Removes one area's rows of a client and says how many (each area's own file: *-erasure.ts). */
export type Eraser = (db: Db, clientId: string) => number;

export interface RetentionDeps {
  audit: Pick<AuditLog, 'record' | 'redactClient' | 'lastWrites' | 'lastWriteFor' | 'erasures'>;
  clients: {
    get(id: string): { id: string; name: string; pseudonym: string; updatedAt: string };
    changes(): Array<{ id: string; name: string; pseudonym: string; updatedAt: string }>;
  };
  settings: () => Pick<Settings, 'practiceCountry' | 'retentionYears'>;
  /** Every area's eraser, in an order that leaves no row pointing at one already gone. */
  erasers: readonly Eraser[];
  /** The client row itself, erased last. */
  eraseClient: Eraser;
  /** After an erasure: what the areas keep in memory of the client goes too. */
  erased: (clientId: string) => void;
}

/** The retention period in whole years for the practice's settings. */
export function retentionYears(s: Pick<Settings, 'practiceCountry' | 'retentionYears'>): number {
  return s.retentionYears ?? RETENTION_DEFAULT_YEARS[s.practiceCountry];
}

/** The moment a record's period ends: its last entry plus the period, the same day and time. */
export function retentionEnds(lastEntryAt: string, years: number): Date {
  const end = new Date(lastEntryAt);
  // 29 February plus years that end in no leap year rolls on to 1 March: never a day early.
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

const latest = (a: string, b: string | undefined): string => (b !== undefined && b > a ? b : a);

const COMPACT_TRIES = 20;

export class RetentionService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: RetentionDeps,
  ) {}

  private period(): { country: PracticeCountry; years: number } {
    const settings = this.deps.settings();
    return { country: settings.practiceCountry, years: retentionYears(settings) };
  }

  private statusOf(
    client: { id: string; name: string; pseudonym: string; updatedAt: string },
    lastWrite: string | undefined,
    years: number,
  ): RetentionStatus {
    const lastEntryAt = new Date(latest(client.updatedAt, lastWrite)).toISOString();
    const ends = retentionEnds(lastEntryAt, years);
    return {
      clientId: client.id,
      name: client.name,
      pseudonym: client.pseudonym,
      lastEntryAt,
      retentionEndsAt: ends.toISOString(),
      passed: ends.getTime() <= this.ctx.now().getTime(),
    };
  }

  status(clientId: string) {
    const { country, years } = this.period();
    const client = this.deps.clients.get(clientId);
    return { ...this.statusOf(client, this.deps.audit.lastWriteFor(clientId), years), country, years };
  }

  review() {
    const { country, years } = this.period();
    const writes = this.deps.audit.lastWrites();
    const due = this.deps.clients
      .changes()
      .map((c) => this.statusOf(c, writes.get(c.id), years))
      .filter((s) => s.passed)
      .sort((a, b) => a.lastEntryAt.localeCompare(b.lastEntryAt));
    const erasures = this.deps.audit.erasures().map(({ at, detail }) => ({ at, ...readErasureDetail(detail) }));
    return { country, years, due, erasures };
  }

  async erase({
    clientId,
    confirmName,
    override,
  }: ParsedInput<'clients.erase'>): Promise<{ erased: true; rows: number }> {
    const status = this.status(clientId);
    // The name, or the pseudonym where the clinician shows pseudonyms on screen.
    const typed = confirmName.trim();
    if (typed !== status.name.trim() && (status.pseudonym.trim() === '' || typed !== status.pseudonym.trim())) {
      throw new AppError(
        'VALIDATION',
        'The name typed is not this client’s name or pseudonym, so nothing was erased. Type it exactly as it is in the record.',
        'confirmName',
      );
    }
    if (!status.passed && !override) {
      throw new AppError(
        'RETENTION',
        `This record must be kept until ${status.retentionEndsAt.slice(0, 10)} (${status.years} years after its last entry), so it was not erased. The law's duty to keep records comes before erasure (GDPR Art. 17(3)); to erase it now, give the legal reason.`,
        status.retentionEndsAt,
      );
    }
    const db = this.ctx.db();
    let rows = 0;
    this.ctx.transaction(() => {
      db.prepare('INSERT INTO erasure_gate (client_id) VALUES (?)').run(clientId);
      for (const erase of this.deps.erasers) rows += erase(db, clientId);
      rows += this.deps.audit.redactClient(clientId);
      rows += this.deps.eraseClient(db, clientId);
      db.prepare('DELETE FROM erasure_gate WHERE client_id = ?').run(clientId);
      this.deps.audit.record({
        action: 'erase',
        entity: 'client',
        entityId: '',
        clientId: null,
        detail: JSON.stringify(
          !status.passed && override ? { override: true, reason: override.reason } : { override: false, reason: '' },
        ),
      });
    });
    this.deps.erased(clientId);
    await this.compact(db);
    return { erased: true, rows };
  }

  /**
   * Rewrites the vault without the pages that held the record (VACUUM), then moves the WAL into
   * the file and empties it, so neither keeps an old page. A reader holding an old snapshot can
   * keep the checkpoint from finishing for a moment: it is tried again until it does.
   */
  private async compact(db: Db): Promise<void> {
    db.exec('VACUUM');
    for (let attempt = 0; attempt < COMPACT_TRIES; attempt++) {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      if (result?.busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.ctx.log('After an erasure the WAL could not be emptied yet; it is on the next checkpoint.');
  }
}

/** What an erasure's audit entry says: whether it came before the period's end, and why. */
export function readErasureDetail(detail: string): { override: boolean; reason: string } {
  try {
    const parsed = JSON.parse(detail) as { override?: unknown; reason?: unknown };
    return { override: parsed.override === true, reason: typeof parsed.reason === 'string' ? parsed.reason : '' };
  } catch {
    return { override: false, reason: '' };
  }
}
