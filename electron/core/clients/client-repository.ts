import type { Client } from '@shared/api/clients';
import type { Db } from '../vault/sqlcipher';

interface Row {
  id: string;
  name: string;
  pseudonym: string;
  date_of_birth: string | null;
  email: string;
  phone: string;
  address: string;
  referral_source: string;
  treatment_start: string | null;
  treatment_end: string | null;
  status: Client['status'];
  presenting_problems: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

const toClient = (r: Row): Client => ({
  id: r.id,
  name: r.name,
  pseudonym: r.pseudonym,
  dateOfBirth: r.date_of_birth,
  email: r.email,
  phone: r.phone,
  address: r.address,
  referralSource: r.referral_source,
  treatmentStart: r.treatment_start,
  treatmentEnd: r.treatment_end,
  status: r.status,
  presentingProblems: r.presenting_problems,
  tags: JSON.parse(r.tags) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toParams = (c: Client) => ({
  id: c.id,
  name: c.name,
  pseudonym: c.pseudonym,
  dateOfBirth: c.dateOfBirth,
  email: c.email,
  phone: c.phone,
  address: c.address,
  referralSource: c.referralSource,
  treatmentStart: c.treatmentStart,
  treatmentEnd: c.treatmentEnd,
  status: c.status,
  presentingProblems: c.presentingProblems,
  tags: JSON.stringify(c.tags),
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export interface ClientRow {
  id: string;
  name: string;
  pseudonym: string;
  status: Client['status'];
  tags: string;
}

export class ClientRepository {
  private readonly insert;
  private readonly update;
  private readonly byId;
  private readonly summaries;
  private readonly changedAt;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO clients (id, name, pseudonym, date_of_birth, email, phone, address, referral_source,
         treatment_start, treatment_end, status, presenting_problems, tags, created_at, updated_at)
       VALUES (@id, @name, @pseudonym, @dateOfBirth, @email, @phone, @address, @referralSource,
         @treatmentStart, @treatmentEnd, @status, @presentingProblems, @tags, @createdAt, @updatedAt)`,
    );
    this.update = db.prepare(
      `UPDATE clients SET name = @name, pseudonym = @pseudonym, date_of_birth = @dateOfBirth, email = @email,
         phone = @phone, address = @address, referral_source = @referralSource, treatment_start = @treatmentStart,
         treatment_end = @treatmentEnd, status = @status, presenting_problems = @presentingProblems, tags = @tags,
         updated_at = @updatedAt
       WHERE id = @id`,
    );
    this.byId = db.prepare<[string], Row>('SELECT * FROM clients WHERE id = ?');
    this.summaries = db.prepare<[], ClientRow>('SELECT id, name, pseudonym, status, tags FROM clients');
    this.changedAt = db.prepare<[], { id: string; name: string; pseudonym: string; updated_at: string }>(
      'SELECT id, name, pseudonym, updated_at FROM clients',
    );
  }

  /** Every client with the time their own details last changed (for retention). */
  changes(): Array<{ id: string; name: string; pseudonym: string; updated_at: string }> {
    return this.changedAt.all();
  }

  insertClient(client: Client): void {
    this.insert.run(toParams(client));
  }

  updateClient(client: Client): void {
    this.update.run(toParams(client));
  }

  get(id: string): Client | undefined {
    const row = this.byId.get(id);
    return row ? toClient(row) : undefined;
  }

  /** What the client list shows of each client, without their sessions. */
  listRows(): ClientRow[] {
    return this.summaries.all();
  }
}
