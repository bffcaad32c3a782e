import type { Hypothesis } from '@shared/api/hypotheses';
import { quadrantOf } from '@shared/clinical/attachment-patterns';
import type { NoteDoc } from '@shared/notes/doc-schema';
import type { Db } from '../vault/sqlcipher';

interface Row {
  id: string;
  client_id: string;
  date: string;
  anxiety: number;
  avoidance: number;
  pattern: Hypothesis['pattern'];
  confidence: Hypothesis['confidence'];
  contexts: string;
  indicators: string;
  rationale_doc: string;
  status: Hypothesis['status'];
  created_at: string;
  updated_at: string;
}

const toHypothesis = (r: Row): Hypothesis => ({
  id: r.id,
  clientId: r.client_id,
  date: r.date,
  anxiety: r.anxiety,
  avoidance: r.avoidance,
  pattern: r.pattern,
  confidence: r.confidence,
  contexts: JSON.parse(r.contexts) as Hypothesis['contexts'],
  indicators: JSON.parse(r.indicators) as string[],
  rationale: JSON.parse(r.rationale_doc) as NoteDoc,
  status: r.status,
  quadrant: quadrantOf(r.anxiety, r.avoidance),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toParams = (h: Hypothesis, rationaleText: string) => ({
  id: h.id,
  clientId: h.clientId,
  date: h.date,
  anxiety: h.anxiety,
  avoidance: h.avoidance,
  pattern: h.pattern,
  confidence: h.confidence,
  contexts: JSON.stringify(h.contexts),
  indicators: JSON.stringify(h.indicators),
  rationaleDoc: JSON.stringify(h.rationale),
  rationaleText,
  status: h.status,
  createdAt: h.createdAt,
  updatedAt: h.updatedAt,
});

export class HypothesisRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO hypotheses (id, client_id, date, anxiety, avoidance, pattern, confidence, contexts, indicators,
           rationale_doc, rationale_text, status, created_at, updated_at)
         VALUES (@id, @clientId, @date, @anxiety, @avoidance, @pattern, @confidence, @contexts, @indicators,
           @rationaleDoc, @rationaleText, @status, @createdAt, @updatedAt)`,
      ),
      update: db.prepare(
        `UPDATE hypotheses SET date = @date, anxiety = @anxiety, avoidance = @avoidance, pattern = @pattern,
           confidence = @confidence, contexts = @contexts, indicators = @indicators, rationale_doc = @rationaleDoc,
           rationale_text = @rationaleText, status = @status, updated_at = @updatedAt
         WHERE id = @id`,
      ),
      byId: db.prepare<[string], Row>('SELECT * FROM hypotheses WHERE id = ?'),
      byClient: db.prepare<[string], Row>(
        'SELECT * FROM hypotheses WHERE client_id = ? ORDER BY date, created_at, seq',
      ),
    };
  }

  insert(h: Hypothesis, rationaleText: string): void {
    this.stmts.insert.run(toParams(h, rationaleText));
  }

  update(h: Hypothesis, rationaleText: string): void {
    this.stmts.update.run(toParams(h, rationaleText));
  }

  get(id: string): Hypothesis | undefined {
    const row = this.stmts.byId.get(id);
    return row ? toHypothesis(row) : undefined;
  }

  list(clientId: string): Hypothesis[] {
    return this.stmts.byClient.all(clientId).map(toHypothesis);
  }
}
