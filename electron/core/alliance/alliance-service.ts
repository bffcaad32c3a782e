import type { AllianceRating, ClientScore } from '@shared/api/alliance';
import type { MethodOutput, ParsedInput } from '@shared/api/contract';
import type { Rupture } from '@shared/api/ruptures';
import { MIN_RATED_SESSIONS } from '@shared/clinical/alliance';
import {
  allianceSeries,
  findDips,
  type Detection,
  type DipRule,
  type SeriesPoint,
} from '@shared/clinical/alliance-dips';
import type { AuditLog } from '../audit/audit-area';
import { perVault, type CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import type { RuptureService } from '../ruptures/rupture-service';
import type { SessionService } from '../sessions/session-service';
import type { AllianceRepository, RatingRow } from './alliance-repository';

export interface AllianceDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  sessions: Pick<SessionService, 'noteSource' | 'datesOf'>;
  ruptures: Pick<RuptureService, 'forClient' | 'clientsWithRuptures'>;
  /** The practice's dip rule (settings). */
  rule: () => DipRule;
}

/**
 * What the timeline and the overview know of one client, built from the vault once and kept until
 * the client's ratings, ruptures or sessions change (see `forget`): the series, the ruptures, and
 * the detection under the rule it was found with.
 */
export interface ClientAlliance {
  source: 'client' | 'clinician' | null;
  series: SeriesPoint[];
  clinician: SeriesPoint[];
  ruptures: Rupture[];
  rule: DipRule;
  detection: Detection;
}

/** How long one slice of the warm-up after unlock may hold the core before the door answers again. */
const WARM_SLICE_MS = 8;

const sameRule = (a: DipRule, b: DipRule) => a.k === b.k && a.window === b.window && a.tolerance === b.tolerance;

const clientScore = (r: RatingRow): ClientScore | null => {
  if (r.instrument === 'srs' && r.client_total !== null) return { instrument: 'srs', total: r.client_total };
  if (
    r.instrument === 'wai-sr' &&
    r.client_total !== null &&
    r.client_goal !== null &&
    r.client_task !== null &&
    r.client_bond !== null
  ) {
    return {
      instrument: 'wai-sr',
      total: r.client_total,
      goal: r.client_goal,
      task: r.client_task,
      bond: r.client_bond,
    };
  }
  return null;
};

export class AllianceService {
  /** Per open vault: the clients' derived alliance, and the clients that have any rating. */
  private readonly memo;

  constructor(
    private readonly ctx: CoreContext,
    private readonly ratings: () => AllianceRepository,
    private readonly deps: AllianceDeps,
  ) {
    this.memo = perVault(ctx, () => ({
      clients: new Map<string, ClientAlliance>(),
      rated: null as Set<string> | null,
    }));
  }

  /** The warm-up running, if any (see warmUp). */
  private warming: object | null = null;

  /**
   * After unlock: builds every client's alliance in slices of a few milliseconds between requests,
   * so the first overview of the session does not build them all at once. Stops at lock.
   */
  warmUp(): void {
    const token = {};
    this.warming = token;
    let queue: string[] | null = null;
    const slice = () => {
      if (this.warming !== token) return;
      try {
        queue ??= [...new Set([...this.ratedClients(), ...this.deps.ruptures.clientsWithRuptures()])];
        const rule = this.deps.rule();
        const until = performance.now() + WARM_SLICE_MS;
        while (queue.length > 0 && performance.now() < until) this.of(queue.pop()!, rule);
      } catch (err) {
        this.warming = null;
        this.ctx.log('The alliance warm-up stopped', err);
        return;
      }
      if (queue.length > 0) setTimeout(slice, 0).unref();
      else this.warming = null;
    };
    setTimeout(slice, 0).unref();
  }

  stopWarmUp(): void {
    this.warming = null;
  }

  /**
   * Drops what is kept of the client, to be built again on the next read. The client is counted
   * among those the overview walks from now on, since whatever changed (an import, say) may have
   * brought their first ratings or ruptures; a client with neither costs the overview next to nothing.
   */
  forget(clientId: string): void {
    const memo = this.memo();
    memo.clients.delete(clientId);
    memo.rated?.add(clientId);
  }

  /** The client's record was erased: nothing of theirs is kept, and the overview walks past them. */
  erased(clientId: string): void {
    const memo = this.memo();
    memo.clients.delete(clientId);
    memo.rated?.delete(clientId);
  }

  private toRating(sessionId: string, clientId: string, startsAt: string, row: RatingRow | undefined): AllianceRating {
    return {
      sessionId,
      clientId,
      sessionStartsAt: startsAt,
      goal: row?.goal ?? null,
      task: row?.task ?? null,
      bond: row?.bond ?? null,
      client: row ? clientScore(row) : null,
      reflection: row?.reflection ?? '',
      updatedAt: row?.updated_at ?? null,
    };
  }

  record(input: ParsedInput<'alliance.record'>): AllianceRating {
    const repo = this.ratings();
    const { sessionId } = input;
    const saved = this.ctx.transaction(() => {
      const session = this.deps.sessions.noteSource(sessionId);
      const before = repo.get(sessionId);
      const pick = <T>(given: T | undefined, stored: T) => (given !== undefined ? given : stored);
      const client = pick(input.client, before ? clientScore(before) : null);
      const row: RatingRow = {
        session_id: sessionId,
        client_id: session.clientId,
        goal: pick(input.goal, before?.goal ?? null),
        task: pick(input.task, before?.task ?? null),
        bond: pick(input.bond, before?.bond ?? null),
        instrument: client?.instrument ?? null,
        client_total: client?.total ?? null,
        client_goal: client?.instrument === 'wai-sr' ? client.goal : null,
        client_task: client?.instrument === 'wai-sr' ? client.task : null,
        client_bond: client?.instrument === 'wai-sr' ? client.bond : null,
        reflection: pick(input.reflection, before?.reflection ?? ''),
        updated_at: this.ctx.now().toISOString(),
      };
      repo.upsert(row);
      const given = (['goal', 'task', 'bond', 'client', 'reflection'] as const).filter((k) => input[k] !== undefined);
      this.deps.audit.record({
        action: before ? 'update' : 'create',
        entity: 'alliance',
        entityId: sessionId,
        clientId: session.clientId,
        detail: given.join(', '),
      });
      return { row, startsAt: session.startsAt };
    });
    this.forget(saved.row.client_id);
    this.memo().rated?.add(saved.row.client_id);
    return this.toRating(sessionId, saved.row.client_id, saved.startsAt, saved.row);
  }

  get(sessionId: string): AllianceRating {
    const session = this.deps.sessions.noteSource(sessionId);
    return this.toRating(sessionId, session.clientId, session.startsAt, this.ratings().get(sessionId));
  }

  /** The clients with any rated session. */
  ratedClients(): ReadonlySet<string> {
    const memo = this.memo();
    memo.rated ??= new Set(this.ratings().clients());
    return memo.rated;
  }

  /** The practice's dip rule (settings). */
  rule(): DipRule {
    return this.deps.rule();
  }

  /** The client's series, ruptures and dips under the practice's rule, kept until something of theirs changes. */
  of(clientId: string, rule: DipRule = this.deps.rule()): ClientAlliance {
    const kept = this.memo().clients;
    let view = kept.get(clientId);
    if (!view) {
      const dates = this.deps.sessions.datesOf(clientId);
      const rated = this.ratings()
        .forClient(clientId)
        .flatMap((r) => {
          const startsAt = dates.get(r.session_id);
          return startsAt === undefined
            ? []
            : [{ sessionId: r.session_id, startsAt, goal: r.goal, task: r.task, bond: r.bond, client: clientScore(r) }];
        });
      const { source, series, clinician: composite } = allianceSeries(rated);
      // Beside a client-rated series the clinician's composite is shown too; as the series itself it is not repeated.
      const clinician = source === 'clinician' ? [] : composite;
      const ruptures = this.deps.ruptures.forClient(clientId, dates);
      view = { source, series, clinician, ruptures, rule, detection: this.detect(series, rule, ruptures) };
      kept.set(clientId, view);
    } else if (!sameRule(view.rule, rule)) {
      view = { ...view, rule, detection: this.detect(view.series, rule, view.ruptures) };
      kept.set(clientId, view);
    }
    return view;
  }

  private detect(series: SeriesPoint[], rule: DipRule, ruptures: readonly Rupture[]): Detection {
    return findDips(
      series,
      rule,
      ruptures.map((r) => ({ sessionId: r.sessionId, startsAt: r.sessionStartsAt })),
    );
  }

  timeline(clientId: string): MethodOutput<'alliance.timeline'> {
    this.deps.clients.require(clientId);
    const view = this.of(clientId);
    const { detection, rule } = view;
    return {
      source: view.source,
      series: view.series,
      clinician: view.clinician,
      dips: detection.dips,
      ruptures: view.ruptures,
      rule: {
        k: rule.k,
        window: rule.window,
        tolerance: rule.tolerance,
        sd: detection.sd,
        minRated: MIN_RATED_SESSIONS,
      },
      ...(detection.reason ? { reason: detection.reason } : {}),
    };
  }
}
