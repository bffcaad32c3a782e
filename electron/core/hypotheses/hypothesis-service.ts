import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { Hypothesis } from '@shared/api/hypotheses';
import { quadrantOf } from '@shared/clinical/attachment-patterns';
import { emptyDoc } from '@shared/notes/doc-schema';
import { docToPlainText } from '@shared/notes/plain-text';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { HypothesisRepository } from './hypothesis-repository';

export interface HypothesisDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  learn: (text: string) => void;
}

const notFound = (): AppError => new AppError('NOT_FOUND', 'That hypothesis is not in this vault.');

/** Attachment-pattern hypotheses: the clinician's judgement, revised over time, never derived. */
export class HypothesisService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly hypotheses: () => HypothesisRepository,
    private readonly deps: HypothesisDeps,
  ) {}

  create(input: ParsedInput<'hypotheses.create'>): Hypothesis {
    const at = this.ctx.now().toISOString();
    const hypothesis: Hypothesis = {
      id: randomUUID(),
      clientId: input.clientId,
      date: input.date,
      anxiety: input.anxiety,
      avoidance: input.avoidance,
      pattern: input.pattern,
      confidence: input.confidence,
      contexts: [...new Set(input.contexts ?? [])],
      indicators: [...new Set(input.indicators ?? [])],
      rationale: input.rationale ?? emptyDoc(),
      status: input.status ?? 'working',
      quadrant: quadrantOf(input.anxiety, input.avoidance),
      createdAt: at,
      updatedAt: at,
    };
    const text = docToPlainText(hypothesis.rationale);
    const repo = this.hypotheses();
    this.ctx.transaction(() => {
      this.deps.clients.require(input.clientId);
      repo.insert(hypothesis, text);
      this.deps.audit.record({
        action: 'create',
        entity: 'hypothesis',
        entityId: hypothesis.id,
        clientId: hypothesis.clientId,
        detail: `${hypothesis.pattern} (${hypothesis.anxiety}, ${hypothesis.avoidance})`,
      });
    });
    this.deps.learn(text);
    return hypothesis;
  }

  update({ id, ...patch }: ParsedInput<'hypotheses.update'>): Hypothesis {
    const repo = this.hypotheses();
    const updated = this.ctx.transaction(() => {
      const current = repo.get(id);
      if (!current) throw notFound();
      const next: Hypothesis = {
        ...current,
        ...patch,
        ...(patch.contexts ? { contexts: [...new Set(patch.contexts)] } : {}),
        ...(patch.indicators ? { indicators: [...new Set(patch.indicators)] } : {}),
        updatedAt: this.ctx.now().toISOString(),
      };
      next.quadrant = quadrantOf(next.anxiety, next.avoidance);
      repo.update(next, docToPlainText(next.rationale));
      this.deps.audit.record({
        action: 'update',
        entity: 'hypothesis',
        entityId: id,
        clientId: next.clientId,
        detail: Object.keys(patch).sort().join(', '),
      });
      return next;
    });
    if (patch.rationale) this.deps.learn(docToPlainText(updated.rationale));
    return updated;
  }

  /** Hypotheses from another vault's record, as they were there (inside the import's transaction). */
  insertImported(hypotheses: Hypothesis[]): void {
    const repo = this.hypotheses();
    for (const h of hypotheses) {
      const text = docToPlainText(h.rationale);
      repo.insert(h, text);
      this.deps.learn(text);
    }
  }

  get(id: string): Hypothesis {
    const found = this.hypotheses().get(id);
    if (!found) throw notFound();
    return found;
  }

  list(clientId: string): Hypothesis[] {
    this.deps.clients.require(clientId);
    return this.hypotheses().list(clientId);
  }
}
