import { randomUUID } from 'node:crypto';
import type { Client, ClientSummary } from '@shared/api/clients';
import type { ParsedInput } from '@shared/api/contract';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import { AppError } from '../errors';
import type { ClientRepository } from './client-repository';

type CreateInput = ParsedInput<'clients.create'>;
type UpdateInput = ParsedInput<'clients.update'>;
type ListInput = ParsedInput<'clients.list'>;

const STATUS_ORDER: Record<Client['status'], number> = { active: 0, paused: 1, ended: 2 };
const collator = new Intl.Collator(['nb', 'da', 'sv', 'en'], { sensitivity: 'base', numeric: true });

export const clientNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'That client is not in this vault. The record may have been removed.');

export interface ClientDeps {
  audit: AuditLog;
  /** Told of every name and code written, so search knows new words at once. */
  learn: (text: string) => void;
  /** The sessions area's figures for the client list (read lazily: sessions needs clients too). */
  sessionFigures: (clientId: string) => { lastSessionAt: string | null; unsignedNotes: number };
}

export class ClientService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly clients: () => ClientRepository,
    private readonly deps: ClientDeps,
  ) {}

  /** Whether the client exists: for other areas, which must not read this area's tables. */
  exists(id: string): boolean {
    return this.clients().get(id) !== undefined;
  }

  /** Throws NOT_FOUND unless the client exists. */
  require(id: string): void {
    if (!this.exists(id)) throw clientNotFound();
  }

  /** The name and code shown beside a client's records elsewhere (empty for an unknown id). */
  names(id: string): { name: string; pseudonym: string } {
    const client = this.clients().get(id);
    return client ? { name: client.name, pseudonym: client.pseudonym } : { name: '', pseudonym: '' };
  }

  create(input: CreateInput): Client {
    const at = this.ctx.now().toISOString();
    const client: Client = {
      id: randomUUID(),
      pseudonym: '',
      dateOfBirth: null,
      email: '',
      phone: '',
      address: '',
      referralSource: '',
      treatmentStart: null,
      treatmentEnd: null,
      status: 'active',
      presentingProblems: '',
      tags: [],
      ...input,
      createdAt: at,
      updatedAt: at,
    };
    const clients = this.clients();
    this.ctx.transaction(() => {
      clients.insertClient(client);
      this.deps.audit.record({
        action: 'create',
        entity: 'client',
        entityId: client.id,
        clientId: client.id,
        detail: '',
      });
    });
    this.deps.learn(`${client.name} ${client.pseudonym}`);
    return client;
  }

  update({ id, ...patch }: UpdateInput): Client {
    const clients = this.clients();
    const updated = this.ctx.transaction(() => {
      const current = clients.get(id);
      if (!current) throw clientNotFound();
      const next: Client = { ...current, ...patch, updatedAt: this.ctx.now().toISOString() };
      clients.updateClient(next);
      this.deps.audit.record({
        action: 'update',
        entity: 'client',
        entityId: id,
        clientId: id,
        detail: Object.keys(patch).sort().join(', '),
      });
      return next;
    });
    this.deps.learn(`${updated.name} ${updated.pseudonym}`);
    return updated;
  }

  /** A client from another vault's record, as it was there (a record import; inside its transaction). */
  insertImported(client: Client): void {
    this.clients().insertClient(client);
    this.deps.learn(`${client.name} ${client.pseudonym}`);
  }

  /** Every client's name and when their details last changed (the retention review). */
  changes(): Array<{ id: string; name: string; pseudonym: string; updatedAt: string }> {
    return this.clients()
      .changes()
      .map((r) => ({ id: r.id, name: r.name, pseudonym: r.pseudonym, updatedAt: r.updated_at }));
  }

  get(id: string): Client {
    const client = this.clients().get(id);
    if (!client) throw clientNotFound();
    return client;
  }

  list({ query, sort = 'name', status }: ListInput): ClientSummary[] {
    const needle = query?.trim().toLocaleLowerCase();
    const rows = this.clients()
      .listRows()
      .map((r): ClientSummary => ({
        id: r.id,
        name: r.name,
        pseudonym: r.pseudonym,
        status: r.status,
        tags: JSON.parse(r.tags) as string[],
        ...this.deps.sessionFigures(r.id),
      }))
      .filter((c) => !status || c.status === status)
      .filter(
        (c) =>
          !needle ||
          c.name.toLocaleLowerCase().includes(needle) ||
          c.pseudonym.toLocaleLowerCase().includes(needle) ||
          c.tags.some((t) => t.toLocaleLowerCase().includes(needle)),
      );
    const byName = (a: ClientSummary, b: ClientSummary) => collator.compare(a.name, b.name);
    const comparators: Record<NonNullable<ListInput['sort']>, (a: ClientSummary, b: ClientSummary) => number> = {
      name: byName,
      // Newest first; clients never seen go last.
      lastSession: (a, b) => (b.lastSessionAt ?? '').localeCompare(a.lastSessionAt ?? '') || byName(a, b),
      status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
    };
    return rows.sort(comparators[sort]);
  }
}
