import type { MethodOutput, ParsedInput } from '@shared/api/contract';
import { SUMMARY_EXCERPT_CHARS, SUMMARY_SECTIONS } from '@shared/api/constants';
import type { Hypothesis } from '@shared/api/hypotheses';
import type { Rupture } from '@shared/api/ruptures';
import type { Settings } from '@shared/api/settings';
import type { CaseSummary, SummaryOptions } from '@shared/api/summary';
import type { Session } from '@shared/api/sessions';
import { docToPlainText } from '@shared/notes/plain-text';
import { trajectoryOf } from '@shared/clinical/attachment-patterns';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import type { FormulationService } from '../formulations/formulation-service';
import type { HypothesisService } from '../hypotheses/hypothesis-service';
import type { SessionService } from '../sessions/session-service';

export interface SummaryDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'get'>;
  settings: () => Pick<Settings, 'practiceName'>;
  sessions: Pick<SessionService, 'list' | 'get'>;
  formulations: Pick<FormulationService, 'get'>;
  hypotheses: Pick<HypothesisService, 'list'>;
  alliance: (clientId: string) => MethodOutput<'alliance.timeline'>;
  ruptures: (clientId: string) => Rupture[];
}

/** A code for a client with no pseudonym: never the name. */
const codeOf = (clientId: string) => `K-${clientId.slice(0, 8).toUpperCase()}`;

const inPeriod = (startsAt: string, options: SummaryOptions) =>
  (!options.from || startsAt.slice(0, 10) >= options.from) && (!options.to || startsAt.slice(0, 10) <= options.to);

const excerpt = (text: string) =>
  text.length <= SUMMARY_EXCERPT_CHARS ? text : `${text.slice(0, SUMMARY_EXCERPT_CHARS).replace(/\s+\S*$/u, '')} …`;

/**
 * The case summary, assembled from the other areas and filtered by the options here, in the core:
 * with names "pseudonym" the real name and contact details never leave it.
 */
export class SummaryService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: SummaryDeps,
  ) {}

  get({ clientId, options }: ParsedInput<'summary.get'>): CaseSummary {
    const client = this.deps.clients.get(clientId);
    this.deps.audit.read({
      action: 'read',
      entity: 'client',
      entityId: `${clientId}:summary`,
      clientId,
      detail: 'case summary',
    });
    const wanted = new Set(options.sections ?? SUMMARY_SECTIONS);
    const byName = options.names === 'name';
    // Newest first, as the client's page lists them; the notes only for the period.
    const sessions = this.deps.sessions
      .list(clientId)
      .filter((s) => inPeriod(s.startsAt, options))
      .map((s) => this.deps.sessions.get(s.id));
    const hypotheses: Hypothesis[] = this.deps.hypotheses.list(clientId);
    const formulation = this.deps.formulations.get(clientId);
    const ruptures = this.deps.ruptures(clientId).filter((r) => inPeriod(r.sessionStartsAt, options));
    return {
      generatedAt: this.ctx.now().toISOString(),
      options,
      practiceName: this.deps.settings().practiceName,
      client: {
        id: client.id,
        label: byName ? client.name : client.pseudonym || codeOf(client.id),
        ...(byName ? { name: client.name, dateOfBirth: client.dateOfBirth } : {}),
        ...(byName && options.contact
          ? { contact: { email: client.email, phone: client.phone, address: client.address } }
          : {}),
        status: client.status,
        treatmentStart: client.treatmentStart,
        treatmentEnd: client.treatmentEnd,
      },
      period: { from: sessions.at(-1)?.startsAt ?? null, to: sessions[0]?.startsAt ?? null },
      formulation: wanted.has('formulation')
        ? { sections: formulation.sections, updatedAt: formulation.updatedAt }
        : null,
      attachment: wanted.has('attachment') ? { current: trajectoryOf(hypotheses).current ?? null, hypotheses } : null,
      alliance: wanted.has('alliance') ? this.deps.alliance(clientId) : null,
      ruptures: wanted.has('ruptures') ? ruptures : null,
      sessions: wanted.has('sessions') ? [...sessions].reverse().map((s) => this.session(s, options)) : null,
    };
  }

  private session(s: Session, options: SummaryOptions): NonNullable<CaseSummary['sessions']>[number] {
    const base = {
      id: s.id,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      modality: s.modality,
      setting: s.setting,
      attendance: s.attendance,
      template: s.template,
      signedAt: s.signedAt,
    };
    const addenda = s.addenda.map((a) => ({
      id: a.id,
      doc: a.doc,
      text: a.text,
      createdAt: a.createdAt,
      signedAt: a.signedAt,
    }));
    if (options.notes === 'full') return { ...base, doc: s.doc, addenda };
    if (options.notes === 'excerpts') return { ...base, excerpt: excerpt(docToPlainText(s.doc)), addenda };
    return base;
  }

  recordOutput({ clientId, kind, options }: ParsedInput<'summary.recordOutput'>): { recorded: true } {
    this.deps.clients.get(clientId);
    const detail = [
      `notes=${options.notes}`,
      `names=${options.names}`,
      `contact=${options.contact}`,
      options.from ? `from=${options.from}` : '',
      options.to ? `to=${options.to}` : '',
      options.sections ? `sections=${options.sections.join('+')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.ctx.transaction(() =>
      this.deps.audit.record({
        action: 'print',
        entity: 'client',
        entityId: clientId,
        clientId,
        detail: `${kind === 'pdf' ? 'PDF' : 'print'}: ${detail}`,
      }),
    );
    return { recorded: true };
  }
}
