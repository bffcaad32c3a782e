import { randomUUID } from 'node:crypto';
import { findQuote, quoteAt } from '@shared/annotations/quote-anchor';
import type { ParsedInput } from '@shared/api/contract';
import type { Evidence } from '@shared/api/evidence';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { HypothesisService } from '../hypotheses/hypothesis-service';
import type { SessionService } from '../sessions/session-service';
import type { EvidenceRepository, EvidenceRow } from './evidence-repository';

export interface EvidenceDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  sessions: Pick<SessionService, 'noteSource'>;
  hypotheses: Pick<HypothesisService, 'get'>;
}

/**
 * Evidence for a hypothesis or a formulation section: a passage of a session note, anchored by
 * its quote outside the note (shared/annotations/quote-anchor.ts), so a signed note stays as it
 * was signed. Each time the links are read, every passage is found again in the note as it is now.
 */
export class EvidenceService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly evidence: () => EvidenceRepository,
    private readonly deps: EvidenceDeps,
  ) {}

  link(input: ParsedInput<'evidence.link'>): { id: string } {
    const repo = this.evidence();
    return this.ctx.transaction(() => {
      const note = this.deps.sessions.noteSource(input.sessionId);
      if (input.hypothesisId !== undefined) {
        const hypothesis = this.deps.hypotheses.get(input.hypothesisId);
        if (hypothesis.clientId !== note.clientId) {
          throw new AppError('NOT_FOUND', 'That session is not one of the hypothesis’s client’s.');
        }
      }
      const range = findQuote(note.text, input.quote);
      if (!range) throw new AppError('NOT_FOUND', 'That passage is not in the note (was it changed meanwhile?).');
      // The context is taken from the note itself, so the passage can be found again after edits.
      const quote = quoteAt(note.text, range);
      const row: EvidenceRow = {
        id: randomUUID(),
        client_id: note.clientId,
        session_id: input.sessionId,
        hypothesis_id: input.hypothesisId ?? null,
        formulation_section: input.formulationSection ?? null,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        position_start: range.start,
        position_end: range.end,
        comment: input.comment ?? '',
        created_at: this.ctx.now().toISOString(),
      };
      repo.insert(row);
      this.deps.audit.record({
        action: 'create',
        entity: 'evidence',
        entityId: row.id,
        clientId: row.client_id,
        detail: input.hypothesisId
          ? `hypothesis ${input.hypothesisId}`
          : `formulation: ${input.formulationSection ?? ''}`,
      });
      return { id: row.id };
    });
  }

  /**
   * Evidence from another vault's record (inside the import's transaction): the quote and the
   * position it had, with the ids already those of this vault.
   */
  insertImported(evidence: Evidence[]): void {
    const repo = this.evidence();
    for (const e of evidence) {
      repo.insert({
        id: e.id,
        client_id: e.clientId,
        session_id: e.sessionId,
        hypothesis_id: e.hypothesisId,
        formulation_section: e.formulationSection,
        exact: e.quote.exact,
        prefix: e.quote.prefix,
        suffix: e.quote.suffix,
        position_start: e.position?.start ?? 0,
        position_end: e.position?.end ?? 0,
        comment: e.comment,
        created_at: e.createdAt,
      });
    }
  }

  unlink(id: string): { id: string } {
    const repo = this.evidence();
    return this.ctx.transaction(() => {
      const row = repo.get(id);
      if (!row || !repo.remove(id)) throw new AppError('NOT_FOUND', 'That evidence link is not in this vault.');
      this.deps.audit.record({
        action: 'delete',
        entity: 'evidence',
        entityId: id,
        clientId: row.client_id,
        detail: row.session_id,
      });
      return { id };
    });
  }

  list(input: ParsedInput<'evidence.list'>): Evidence[] {
    const repo = this.evidence();
    let rows: EvidenceRow[];
    if ('hypothesisId' in input) {
      this.deps.hypotheses.get(input.hypothesisId);
      rows = repo.forHypothesis(input.hypothesisId);
    } else {
      this.deps.clients.require(input.clientId);
      rows = repo.forClient(input.clientId);
    }
    const notes = new Map<string, { startsAt: string; text: string } | null>();
    const noteOf = (sessionId: string) => {
      if (!notes.has(sessionId)) {
        try {
          notes.set(sessionId, this.deps.sessions.noteSource(sessionId));
        } catch {
          // A deleted draft within its undo time: its passages wait until it is back or erased.
          notes.set(sessionId, null);
        }
      }
      return notes.get(sessionId);
    };
    const out: Evidence[] = [];
    for (const r of rows) {
      const note = noteOf(r.session_id);
      if (!note) continue;
      const quote = { exact: r.exact, prefix: r.prefix, suffix: r.suffix };
      out.push({
        id: r.id,
        clientId: r.client_id,
        sessionId: r.session_id,
        sessionStartsAt: note.startsAt,
        hypothesisId: r.hypothesis_id,
        formulationSection: r.formulation_section,
        quote,
        position: findQuote(note.text, quote, r.position_start),
        comment: r.comment,
        createdAt: r.created_at,
      });
    }
    return out.sort(
      (a, b) => a.sessionStartsAt.localeCompare(b.sessionStartsAt) || a.createdAt.localeCompare(b.createdAt),
    );
  }
}
