import type { Client, ClientSummary } from '@shared/api/clients';
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

interface SummaryRow {
  id: string;
  name: string;
  pseudonym: string;
  status: Client['status'];
  tags: string;
  last_session_at: string | null;
  unsigned_notes: number;
}

/**
 * Every client with the last session and the unsigned notes. Each figure comes from a small index
 * (migration 5), never from the session rows, which carry the notes: joining those took a second
 * for 100,000 notes.
 */
export const CLIENT_SUMMARIES_SQL = `
  SELECT c.id, c.name, c.pseudonym, c.status, c.tags,
         (SELECT max(s.starts_at) FROM sessions s
           WHERE s.client_id = c.id AND s.deleted_at IS NULL) AS last_session_at,
         (SELECT count(*) FROM sessions s
           WHERE s.client_id = c.id AND s.signed_at IS NULL AND s.deleted_at IS NULL) AS unsigned_notes
  FROM clients c`;

export class ClientRepository {
  private readonly insert;
  private readonly update;
  private readonly byId;
  private readonly summaries;

  /** Told of every name and code written, so prefix search knows new words at once. */
  constructor(
    db: Db,
    private readonly vocabulary: { add: (text: string) => void },
  ) {
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
    this.summaries = db.prepare<[], SummaryRow>(CLIENT_SUMMARIES_SQL);
  }

  insertClient(client: Client): void {
    this.insert.run(toParams(client));
    this.vocabulary.add(`${client.name} ${client.pseudonym}`);
  }

  updateClient(client: Client): void {
    this.update.run(toParams(client));
    this.vocabulary.add(`${client.name} ${client.pseudonym}`);
  }

  get(id: string): Client | undefined {
    const row = this.byId.get(id);
    return row ? toClient(row) : undefined;
  }

  listSummaries(): ClientSummary[] {
    return this.summaries.all().map((r) => ({
      id: r.id,
      name: r.name,
      pseudonym: r.pseudonym,
      status: r.status,
      tags: JSON.parse(r.tags) as string[],
      lastSessionAt: r.last_session_at,
      unsignedNotes: r.unsigned_notes,
    }));
  }
}
