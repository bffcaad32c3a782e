import type { Rupture } from '@shared/api/ruptures';
import type { Db } from '../vault/sqlcipher';

export interface RuptureRow {
  id: string;
  client_id: string;
  session_id: string;
  type: Rupture['type'];
  intensity: number;
  markers: string;
  strained: string;
  strategies: string;
  contribution: string;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  outcome: Rupture['outcome'];
  resolved_session_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface StepRow {
  rupture_id: string;
  step: number;
  stage: string;
  session_id: string;
  recorded_at: string;
}

/** The ruptures area's tables (ruptures, rupture_steps), nothing else. */
export class RuptureRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare<RuptureRow>(
        `INSERT INTO ruptures (id, client_id, session_id, type, intensity, markers, strained, strategies, contribution,
           exact, prefix, suffix, position_start, position_end, outcome, resolved_session_id, created_at, updated_at)
         VALUES (@id, @client_id, @session_id, @type, @intensity, @markers, @strained, @strategies, @contribution,
           @exact, @prefix, @suffix, @position_start, @position_end, @outcome, @resolved_session_id, @created_at, @updated_at)`,
      ),
      update: db.prepare<RuptureRow>(
        `UPDATE ruptures SET type = @type, intensity = @intensity, markers = @markers, strained = @strained,
           strategies = @strategies, contribution = @contribution, exact = @exact, prefix = @prefix, suffix = @suffix,
           position_start = @position_start, position_end = @position_end, outcome = @outcome,
           resolved_session_id = @resolved_session_id, updated_at = @updated_at
         WHERE id = @id`,
      ),
      byId: db.prepare<[string], RuptureRow>('SELECT * FROM ruptures WHERE id = ?'),
      byClient: db.prepare<[string], RuptureRow>('SELECT * FROM ruptures WHERE client_id = ?'),
      steps: db.prepare<[string], StepRow>('SELECT * FROM rupture_steps WHERE rupture_id = ? ORDER BY step'),
      stepsByClient: db.prepare<[string], StepRow>(
        `SELECT st.* FROM rupture_steps st JOIN ruptures r ON r.id = st.rupture_id
         WHERE r.client_id = ? ORDER BY st.rupture_id, st.step`,
      ),
      insertStep: db.prepare<StepRow>(
        `INSERT INTO rupture_steps (rupture_id, step, stage, session_id, recorded_at)
         VALUES (@rupture_id, @step, @stage, @session_id, @recorded_at)`,
      ),
      clients: db.prepare<[], string>('SELECT DISTINCT client_id FROM ruptures').pluck(),
    };
  }

  insert(row: RuptureRow): void {
    this.stmts.insert.run(row);
  }

  update(row: RuptureRow): void {
    this.stmts.update.run(row);
  }

  get(id: string): RuptureRow | undefined {
    return this.stmts.byId.get(id);
  }

  forClient(clientId: string): RuptureRow[] {
    return this.stmts.byClient.all(clientId);
  }

  steps(ruptureId: string): StepRow[] {
    return this.stmts.steps.all(ruptureId);
  }

  /** Every step of every rupture of the client, grouped by rupture in step order. */
  stepsForClient(clientId: string): Map<string, StepRow[]> {
    const byRupture = new Map<string, StepRow[]>();
    for (const step of this.stmts.stepsByClient.all(clientId)) {
      const list = byRupture.get(step.rupture_id);
      if (list) list.push(step);
      else byRupture.set(step.rupture_id, [step]);
    }
    return byRupture;
  }

  insertStep(step: StepRow): void {
    this.stmts.insertStep.run(step);
  }

  /** The clients that have any rupture logged. */
  clients(): string[] {
    return this.stmts.clients.all();
  }
}
