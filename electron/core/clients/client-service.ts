import { randomUUID } from 'node:crypto';
import type { Client, ClientSummary } from '@shared/api/clients';
import type { ParsedInput } from '@shared/api/contract';
import { AppError } from '../errors';
import type { Repositories } from '../repositories';

type CreateInput = ParsedInput<'clients.create'>;
type UpdateInput = ParsedInput<'clients.update'>;
type ListInput = ParsedInput<'clients.list'>;

const STATUS_ORDER: Record<Client['status'], number> = { active: 0, paused: 1, ended: 2 };
const collator = new Intl.Collator(['nb', 'da', 'sv', 'en'], { sensitivity: 'base', numeric: true });

export const clientNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'That client is not in this vault. The record may have been removed.');

export class ClientService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly now: () => Date,
  ) {}

  create(input: CreateInput): Client {
    const at = this.now().toISOString();
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
    const { clients, audit, transaction } = this.repos();
    transaction(() => {
      clients.insertClient(client);
      audit.record({ action: 'create', entity: 'client', entityId: client.id, clientId: client.id, detail: '' });
    });
    return client;
  }

  update({ id, ...patch }: UpdateInput): Client {
    const { clients, audit, transaction } = this.repos();
    return transaction(() => {
      const current = clients.get(id);
      if (!current) throw clientNotFound();
      const next: Client = { ...current, ...patch, updatedAt: this.now().toISOString() };
      clients.updateClient(next);
      audit.record({
        action: 'update',
        entity: 'client',
        entityId: id,
        clientId: id,
        detail: Object.keys(patch).sort().join(', '),
      });
      return next;
    });
  }

  get(id: string): Client {
    const client = this.repos().clients.get(id);
    if (!client) throw clientNotFound();
    return client;
  }

  list({ query, sort = 'name', status }: ListInput): ClientSummary[] {
    const needle = query?.trim().toLocaleLowerCase();
    const rows = this.repos()
      .clients.listSummaries()
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
