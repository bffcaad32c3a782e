import type { Db } from '../vault/sqlcipher';

export interface RatingRow {
  session_id: string;
  client_id: string;
  goal: number | null;
  task: number | null;
  bond: number | null;
  instrument: 'srs' | 'wai-sr' | null;
  client_total: number | null;
  client_goal: number | null;
  client_task: number | null;
  client_bond: number | null;
  reflection: string;
  updated_at: string;
}

/** The alliance area's table (alliance_ratings), nothing else. */
export class AllianceRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      upsert: db.prepare<RatingRow>(
        `INSERT INTO alliance_ratings (session_id, client_id, goal, task, bond, instrument, client_total, client_goal,
           client_task, client_bond, reflection, updated_at)
         VALUES (@session_id, @client_id, @goal, @task, @bond, @instrument, @client_total, @client_goal,
           @client_task, @client_bond, @reflection, @updated_at)
         ON CONFLICT (session_id) DO UPDATE SET goal = excluded.goal, task = excluded.task, bond = excluded.bond,
           instrument = excluded.instrument, client_total = excluded.client_total, client_goal = excluded.client_goal,
           client_task = excluded.client_task, client_bond = excluded.client_bond, reflection = excluded.reflection,
           updated_at = excluded.updated_at`,
      ),
      bySession: db.prepare<[string], RatingRow>('SELECT * FROM alliance_ratings WHERE session_id = ?'),
      byClient: db.prepare<[string], RatingRow>('SELECT * FROM alliance_ratings WHERE client_id = ?'),
      clients: db.prepare<[], string>('SELECT DISTINCT client_id FROM alliance_ratings').pluck(),
    };
  }

  upsert(row: RatingRow): void {
    this.stmts.upsert.run(row);
  }

  get(sessionId: string): RatingRow | undefined {
    return this.stmts.bySession.get(sessionId);
  }

  forClient(clientId: string): RatingRow[] {
    return this.stmts.byClient.all(clientId);
  }

  /** The clients with any session rated. */
  clients(): string[] {
    return this.stmts.clients.all();
  }
}
