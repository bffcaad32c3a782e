import type { FormulationSection } from '@shared/clinical/formulation-sections';
import type { Db } from '../vault/sqlcipher';

export interface EvidenceRow {
  id: string;
  client_id: string;
  session_id: string;
  hypothesis_id: string | null;
  formulation_section: FormulationSection | null;
  exact: string;
  prefix: string;
  suffix: string;
  position_start: number;
  position_end: number;
  comment: string;
  created_at: string;
}

/** Passages of notes linked as evidence: the quote and where it was, never the note itself. */
export class EvidenceRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare<EvidenceRow>(
        `INSERT INTO evidence (id, client_id, session_id, hypothesis_id, formulation_section, exact, prefix, suffix,
           position_start, position_end, comment, created_at)
         VALUES (@id, @client_id, @session_id, @hypothesis_id, @formulation_section, @exact, @prefix, @suffix,
           @position_start, @position_end, @comment, @created_at)`,
      ),
      remove: db.prepare<[string]>('DELETE FROM evidence WHERE id = ?'),
      byId: db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE id = ?'),
      byHypothesis: db.prepare<[string], EvidenceRow>(
        'SELECT * FROM evidence WHERE hypothesis_id = ? ORDER BY created_at, rowid',
      ),
      byClient: db.prepare<[string], EvidenceRow>(
        'SELECT * FROM evidence WHERE client_id = ? ORDER BY created_at, rowid',
      ),
    };
  }

  insert(row: EvidenceRow): void {
    this.stmts.insert.run(row);
  }

  remove(id: string): boolean {
    return this.stmts.remove.run(id).changes === 1;
  }

  get(id: string): EvidenceRow | undefined {
    return this.stmts.byId.get(id);
  }

  forHypothesis(hypothesisId: string): EvidenceRow[] {
    return this.stmts.byHypothesis.all(hypothesisId);
  }

  forClient(clientId: string): EvidenceRow[] {
    return this.stmts.byClient.all(clientId);
  }
}
