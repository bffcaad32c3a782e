import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { Rupture } from '@shared/api/ruptures';
import { findQuote, quoteAt } from '@shared/annotations/quote-anchor';
import {
  REPAIR_MODELS,
  RUPTURE_TYPE_LABELS,
  markerFitsType,
  stageById,
  stageFitsType,
} from '@shared/clinical/rupture-catalogue';
import type { AuditLog } from '../audit/audit-area';
import { perVault, type CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { SessionService } from '../sessions/session-service';
import type { RuptureRepository, RuptureRow, StepRow } from './rupture-repository';

export interface RuptureDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  sessions: Pick<SessionService, 'noteSource' | 'noteText' | 'datesOf'>;
  /** Told after a client's ruptures changed, so the alliance timeline and overview recompute. */
  changed: (clientId: string) => void;
}

const ruptureNotFound = (): AppError => new AppError('NOT_FOUND', 'That rupture is not in this vault.');
const notThisClients = (): AppError => new AppError('NOT_FOUND', 'That session is not one of this client’s.');
const invalid = (message: string): AppError => new AppError('VALIDATION', message);

const time = (iso: string): number => Date.parse(iso);
const parseList = (json: string): string[] => JSON.parse(json) as string[];

export class RuptureService {
  /** Per open vault: the clients with any rupture, read once. */
  private readonly clients;

  constructor(
    private readonly ctx: CoreContext,
    private readonly ruptures: () => RuptureRepository,
    private readonly deps: RuptureDeps,
  ) {
    this.clients = perVault(ctx, () => ({ withRuptures: null as Set<string> | null }));
  }

  /** The session (live, of the client when one is named) and its note's text. */
  private session(sessionId: string, clientId?: string) {
    const session = this.deps.sessions.noteSource(sessionId);
    if (clientId !== undefined && session.clientId !== clientId) throw notThisClients();
    return session;
  }

  private row(id: string): RuptureRow {
    const row = this.ruptures().get(id);
    if (!row) throw ruptureNotFound();
    return row;
  }

  /** The quote, found in the note, with where it is now; NOT_FOUND when the note does not hold it. */
  private anchor(text: string, quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined }) {
    const range = findQuote(text, quote);
    if (!range) throw new AppError('NOT_FOUND', 'That passage is not in the session’s note.');
    const stored = quoteAt(text, range);
    return {
      exact: stored.exact,
      prefix: stored.prefix,
      suffix: stored.suffix,
      position_start: range.start,
      position_end: range.end,
    };
  }

  /** A rupture as the contract shows it; `dates` holds the client's live sessions, `text` its session's note. */
  private toRupture(
    row: RuptureRow,
    steps: readonly StepRow[],
    dates: ReadonlyMap<string, string>,
    text: string | undefined,
  ): Rupture {
    const quote = row.exact === null ? null : { exact: row.exact, prefix: row.prefix ?? '', suffix: row.suffix ?? '' };
    const last = steps.at(-1);
    const resolvedStartsAt = row.resolved_session_id === null ? null : (dates.get(row.resolved_session_id) ?? null);
    return {
      id: row.id,
      clientId: row.client_id,
      sessionId: row.session_id,
      sessionStartsAt: dates.get(row.session_id) ?? row.created_at,
      type: row.type,
      intensity: row.intensity,
      markers: parseList(row.markers),
      strained: parseList(row.strained) as Rupture['strained'],
      strategies: parseList(row.strategies),
      contribution: row.contribution,
      quote,
      position: quote && text !== undefined ? findQuote(text, quote, row.position_start ?? undefined) : null,
      steps: steps.map((s) => ({
        stage: s.stage,
        step: s.step,
        sessionId: s.session_id,
        sessionStartsAt: dates.get(s.session_id) ?? s.recorded_at,
        recordedAt: s.recorded_at,
      })),
      stage: last?.stage ?? null,
      outcome: row.outcome,
      resolvedSessionId: resolvedStartsAt === null ? null : row.resolved_session_id,
      resolvedStartsAt,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private present(row: RuptureRow): Rupture {
    const dates = this.deps.sessions.datesOf(row.client_id);
    const text =
      row.exact === null || !dates.has(row.session_id) ? undefined : this.deps.sessions.noteText(row.session_id);
    return this.toRupture(row, this.ruptures().steps(row.id), dates, text);
  }

  create(input: ParsedInput<'ruptures.create'>): Rupture {
    const repo = this.ruptures();
    const at = this.ctx.now().toISOString();
    const row = this.ctx.transaction(() => {
      if (input.clientId !== undefined) this.deps.clients.require(input.clientId);
      const session = this.session(input.sessionId, input.clientId);
      const markers = input.markers ?? [];
      if (!markers.every((m) => markerFitsType(m, input.type))) throw invalid('A marker of the other kind of rupture.');
      const row: RuptureRow = {
        id: randomUUID(),
        client_id: session.clientId,
        session_id: input.sessionId,
        type: input.type,
        intensity: input.intensity,
        markers: JSON.stringify([...new Set(markers)]),
        strained: JSON.stringify([...new Set(input.strained ?? [])]),
        strategies: JSON.stringify([...new Set(input.strategies ?? [])]),
        contribution: input.contribution ?? '',
        exact: null,
        prefix: null,
        suffix: null,
        position_start: null,
        position_end: null,
        ...(input.quote ? this.anchor(session.text, input.quote) : {}),
        outcome: 'unresolved',
        resolved_session_id: null,
        created_at: at,
        updated_at: at,
      };
      repo.insert(row);
      this.deps.audit.record({
        action: 'create',
        entity: 'rupture',
        entityId: row.id,
        clientId: row.client_id,
        detail: input.type,
      });
      return row;
    });
    this.clients().withRuptures?.add(row.client_id);
    this.deps.changed(row.client_id);
    return this.present(row);
  }

  update({ id, ...patch }: ParsedInput<'ruptures.update'>): Rupture {
    const repo = this.ruptures();
    const next = this.ctx.transaction(() => {
      const row = this.row(id);
      const ruptureSession = this.session(row.session_id);
      const type = patch.type ?? row.type;
      const markers = patch.markers ?? parseList(row.markers);
      if (!markers.every((m) => markerFitsType(m, type))) {
        throw invalid(
          `The markers include one that does not belong to a rupture of type ${RUPTURE_TYPE_LABELS[type].en.toLowerCase()}.`,
        );
      }
      if (patch.type !== undefined && patch.type !== row.type) {
        const steps = repo.steps(id);
        if (steps.some((s) => !stageFitsType(s.stage, type))) {
          throw invalid('The repair has reached steps of its present type’s model, which the new type does not have.');
        }
      }
      const outcome = patch.outcome ?? row.outcome;
      let resolved =
        patch.resolvedSessionId !== undefined
          ? patch.resolvedSessionId
          : outcome === 'resolved'
            ? row.resolved_session_id
            : null;
      if (outcome !== 'resolved') {
        if (patch.resolvedSessionId) throw invalid('A session of resolution goes with the outcome "resolved".');
        resolved = null;
      } else if (resolved === null) {
        throw invalid('Say in which session the rupture was resolved.');
      }
      if (resolved !== null && resolved !== row.resolved_session_id) {
        const session = this.session(resolved, row.client_id);
        if (time(session.startsAt) < time(ruptureSession.startsAt)) {
          throw invalid('The session of resolution is before the session of the rupture.');
        }
      }
      let anchor: Pick<RuptureRow, 'exact' | 'prefix' | 'suffix' | 'position_start' | 'position_end'> = row;
      if (patch.quote === null)
        anchor = { exact: null, prefix: null, suffix: null, position_start: null, position_end: null };
      else if (patch.quote !== undefined) anchor = this.anchor(ruptureSession.text, patch.quote);
      const next: RuptureRow = {
        ...row,
        type,
        intensity: patch.intensity ?? row.intensity,
        markers: JSON.stringify([...new Set(markers)]),
        strained: patch.strained ? JSON.stringify([...new Set(patch.strained)]) : row.strained,
        strategies: patch.strategies ? JSON.stringify([...new Set(patch.strategies)]) : row.strategies,
        contribution: patch.contribution ?? row.contribution,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        position_start: anchor.position_start,
        position_end: anchor.position_end,
        outcome,
        resolved_session_id: resolved,
        updated_at: this.ctx.now().toISOString(),
      };
      repo.update(next);
      const changedKeys = Object.keys(patch)
        .filter((k) => patch[k as keyof typeof patch] !== undefined)
        .sort();
      this.deps.audit.record({
        action: 'update',
        entity: 'rupture',
        entityId: id,
        clientId: row.client_id,
        detail: changedKeys.join(', '),
      });
      return next;
    });
    this.deps.changed(next.client_id);
    return this.present(next);
  }

  advanceStage({ id, stage, sessionId }: ParsedInput<'ruptures.advanceStage'>): Rupture {
    const repo = this.ruptures();
    const row = this.ctx.transaction(() => {
      const row = this.row(id);
      const found = stageById(stage);
      if (!found || !stageFitsType(stage, row.type)) {
        const model = REPAIR_MODELS[row.type].map((s) => s.id).join(', ');
        throw invalid(`That stage is not a step of this rupture's model (${model}).`);
      }
      const steps = repo.steps(id);
      const last = steps.at(-1);
      const reached = last ? (stageById(last.stage)?.step ?? last.step) : 0;
      if (found.step <= reached) throw invalid('The repair has already reached that step or a later one.');
      const session = this.session(sessionId, row.client_id);
      const ruptureSession = this.session(row.session_id);
      if (time(session.startsAt) < time(ruptureSession.startsAt))
        throw invalid('That session is before the rupture’s.');
      if (last) {
        const lastDate = this.deps.sessions.datesOf(row.client_id).get(last.session_id);
        if (lastDate !== undefined && time(session.startsAt) < time(lastDate)) {
          throw invalid('That session is before the session of the last step reached.');
        }
      }
      const at = this.ctx.now().toISOString();
      repo.insertStep({ rupture_id: id, step: found.step, stage, session_id: sessionId, recorded_at: at });
      const next = { ...row, updated_at: at };
      repo.update(next);
      this.deps.audit.record({
        action: 'update',
        entity: 'rupture',
        entityId: id,
        clientId: row.client_id,
        detail: `stage ${stage}`,
      });
      return next;
    });
    this.deps.changed(row.client_id);
    return this.present(row);
  }

  get(id: string): Rupture {
    return this.present(this.row(id));
  }

  list(clientId: string): Rupture[] {
    this.deps.clients.require(clientId);
    return this.forClient(clientId, this.deps.sessions.datesOf(clientId));
  }

  /**
   * The client's ruptures in the order of their sessions, given the dates of the client's live
   * sessions (a rupture at a deleted draft waiting to be erased is left out, as its session is).
   */
  forClient(clientId: string, dates: ReadonlyMap<string, string>): Rupture[] {
    const repo = this.ruptures();
    const rows = repo.forClient(clientId).filter((r) => dates.has(r.session_id));
    if (rows.length === 0) return [];
    const steps = repo.stepsForClient(clientId);
    const texts = new Map<string, string>();
    const textOf = (sessionId: string) => {
      let text = texts.get(sessionId);
      if (text === undefined) texts.set(sessionId, (text = this.deps.sessions.noteText(sessionId)));
      return text;
    };
    return rows
      .map((r) => this.toRupture(r, steps.get(r.id) ?? [], dates, r.exact === null ? undefined : textOf(r.session_id)))
      .sort((a, b) => time(a.sessionStartsAt) - time(b.sessionStartsAt) || a.createdAt.localeCompare(b.createdAt));
  }

  /** The client's record was erased: they no longer count among those with ruptures. */
  erased(clientId: string): void {
    this.clients().withRuptures?.delete(clientId);
  }

  /** The clients with any rupture logged. */
  clientsWithRuptures(): ReadonlySet<string> {
    const memo = this.clients();
    memo.withRuptures ??= new Set(this.ruptures().clients());
    return memo.withRuptures;
  }
}
