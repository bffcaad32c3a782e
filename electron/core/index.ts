import { mkdirSync } from 'node:fs';
import type { MethodName } from '@shared/api/contract';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@shared/api/settings';
import { combineAreas } from './app/area';
import type { CoreContext } from './app/context';
import { EventHub, type EventListener } from './app/event-hub';
import { createAllianceArea } from './alliance/alliance-area';
import { createAuditArea, type AuditAreaOptions } from './audit/audit-area';
import { lockDataDir } from './app/data-dir-lock';
import { createBackupsArea } from './backups/backups-area';
import { createClientsArea } from './clients/clients-area';
import { createDispatcher, type Dispatch } from './dispatch';
import { createDocumentsArea } from './documents/documents-area';
import { createEvidenceArea } from './evidence/evidence-area';
import { createFormulationsArea } from './formulations/formulations-area';
import { createHypothesesArea } from './hypotheses/hypotheses-area';
import { IdleLock } from './idle-lock';
import { JobRunner } from './jobs/job-runner';
import { createJobsArea } from './jobs/jobs-area';
import { createAllianceImport } from './alliance/alliance-import';
import { createRecordArea } from './record/record-area';
import { createRetentionArea } from './retention/retention-area';
import { eraseAllianceOf } from './alliance/alliance-erasure';
import { eraseClientRow } from './clients/client-erasure';
import { eraseDocumentsOf } from './documents/document-erasure';
import { eraseEvidenceOf } from './evidence/evidence-erasure';
import { eraseFormulationOf } from './formulations/formulation-erasure';
import { eraseHypothesesOf } from './hypotheses/hypothesis-erasure';
import { eraseRupturesOf } from './ruptures/rupture-erasure';
import { eraseSessionsOf } from './sessions/session-erasure';
import { createRuptureImport } from './ruptures/rupture-import';
import { createSummaryArea } from './summary/summary-area';
import { createOverviewArea } from './overview/overview-area';
import { createRupturesArea } from './ruptures/ruptures-area';
import { createSearchArea } from './search/search-area';
import { createSessionsArea } from './sessions/sessions-area';
import { createSettingsArea } from './settings/settings-area';
import { createTemplatesArea } from './templates/templates-area';
import { createVaultArea } from './vault/vault-area';
import { FULL_CHECK_MAX_BYTES, VaultService } from './vault/vault-service';

export interface CoreOptions {
  dataDir: string;
  /** The Electron-ABI build of the SQLite module, when the core runs inside Electron. */
  nativeBinding?: string;
  log?: (message: string, err?: unknown) => void;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /**
   * From this vault size up, unlock starts the reader thread (see search-area.ts). Tests pass 0
   * to use it on small vaults.
   */
  readerMinBytes?: number;
  /**
   * Unlock checks every page of vaults up to this size; larger ones are checked in the background
   * after unlock. Tests pass a small value.
   */
  fullCheckMaxBytes?: number;
  /** What this core runs in, for the message a second one gets ("the web host"). */
  holder?: string;
  /**
   * How much of the audit log's hash chain unlock checks before it returns, and the slices the
   * rest is checked in afterwards (see audit-area.ts). Tests pass small numbers.
   */
  audit?: AuditAreaOptions;
}

export const READER_MIN_BYTES = 32 * 1024 * 1024;

export interface Core {
  dispatch: Dispatch;
  /** The core's events (lock, unlock, job progress), for the transports to pass on. */
  subscribe: (listener: EventListener) => () => void;
  /** Locks at once (used for suspend and screen lock, and on shutdown). */
  lock: () => void;
  /**
   * Resolves once the background work unlock started is done (for tests and benchmarks): the
   * audit chain's check and the reader thread, telling whether the reader is serving.
   */
  settled: () => Promise<{ reader: boolean }>;
  /**
   * Resolves once no background work that may write is under way (a backup and its audit entry,
   * the work unlock started): for tests that compare the stored bytes before and after a call.
   */
  idle: () => Promise<void>;
  /** What the background check of a large vault after the last unlock found (for tests). */
  checked: () => Promise<'ok' | 'damaged' | 'skipped' | 'failed'>;
  /** Locks at once and lets the data directory go (the backup on lock goes on, unwaited). */
  close: () => void;
  /** For quit: locks, waits for the backup on lock to be written and verified, then closes. */
  shutdown: () => Promise<void>;
}

/** Requests that do not show the clinician at work, so they never postpone the idle lock. */
const PASSIVE_METHODS = new Set<MethodName>(['vault.status', 'settings.public', 'vault.passphraseStrength']);

/**
 * The core lists its areas; each serves its own slice of the contract and reaches the others only
 * through the services it is handed here.
 */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // One core per data directory; a second one refuses to start (DataDirInUse names the holder).
  const unlockDataDir = lockDataDir(
    options.dataDir,
    options.holder ?? `Trygg (${process.title})`,
    options.nativeBinding,
  );
  const log = options.log ?? (() => undefined);
  const events = new EventHub((err) => log('An event listener failed', err));
  const ctx: CoreContext = {
    db: () => vault.connection(),
    transaction: (fn) => vault.connection().transaction(fn)(),
    now: options.now ?? (() => new Date()),
    log,
    emit: (event) => events.emit(event),
  };
  const jobs = new JobRunner(ctx.emit);

  const audit = createAuditArea(ctx, options.audit);
  const search = createSearchArea(
    ctx,
    {
      readerMinBytes: options.readerMinBytes ?? READER_MIN_BYTES,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
    { jobs, audit: audit.log, clientNames: (id) => clients.service.names(id) },
  );
  const learn = (text: string) => search.service.learn(text);
  const clients = createClientsArea(ctx, {
    audit: audit.log,
    learn,
    sessionFigures: (clientId) => sessions.service.clientFigures(clientId),
  });
  const sessions = createSessionsArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    learn,
    changed: (clientId) => alliance.service.forget(clientId),
  });
  const documents = createDocumentsArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    sessions: sessions.service,
  });
  const templates = createTemplatesArea(ctx, { audit: audit.log });
  const formulations = createFormulationsArea(ctx, { audit: audit.log, clients: clients.service, learn });
  const hypotheses = createHypothesesArea(ctx, { audit: audit.log, clients: clients.service, learn });
  const evidence = createEvidenceArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    sessions: sessions.service,
    hypotheses: hypotheses.service,
  });
  const ruptures = createRupturesArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    sessions: sessions.service,
    changed: (clientId) => alliance.service.forget(clientId),
  });
  const alliance = createAllianceArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    sessions: sessions.service,
    ruptures: ruptures.service,
    rule: () => {
      const { dipK, repairWindow, repairTolerance } = settings.service.get();
      return { k: dipK, window: repairWindow, tolerance: repairTolerance };
    },
  });
  const overview = createOverviewArea(ctx, {
    alliance: alliance.service,
    ruptures: ruptures.service,
    sessions: sessions.service,
    clients: clients.service,
  });
  const summary = createSummaryArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    settings: () => settings.service.get(),
    sessions: sessions.service,
    formulations: formulations.service,
    hypotheses: hypotheses.service,
    alliance: (clientId) => alliance.service.timeline(clientId),
    ruptures: (clientId) => ruptures.service.list(clientId),
  });
  const record = createRecordArea(ctx, {
    audit: audit.log,
    jobs,
    sources: {
      client: (id) => clients.service.get(id),
      sessions: (clientId) => sessions.service.list(clientId),
      session: (id) => sessions.service.get(id),
      documents: (clientId) => documents.service.list({ clientId }),
      documentData: (id) => documents.service.data(id),
      formulation: (clientId) => formulations.service.get(clientId),
      formulationVersions: (clientId) => formulations.service.versions(clientId),
      formulationVersion: (clientId, versionId) => formulations.service.version(clientId, versionId),
      hypotheses: (clientId) => hypotheses.service.list(clientId),
      evidence: (clientId) => evidence.service.list({ clientId }),
      alliance: (sessionId) => alliance.service.get(sessionId),
      ruptures: (clientId) => ruptures.service.list(clientId),
      audit: (clientId) => audit.log.allFor(clientId),
    },
    sinks: {
      clientExists: (id) => clients.service.exists(id),
      client: (client) => clients.service.insertImported(client),
      sessions: (list) => sessions.service.insertImported(list),
      document: (meta, data) => documents.service.insertImported(meta, data),
      formulation: (clientId, current, versions) => formulations.service.insertImported(clientId, current, versions),
      hypotheses: (list) => hypotheses.service.insertImported(list),
      evidence: (list) => evidence.service.insertImported(list),
      alliance: createAllianceImport(ctx, (clientId) => alliance.service.forget(clientId)),
      ruptures: createRuptureImport(ctx, (clientId) => alliance.service.forget(clientId)),
    },
  });
  const idleLock = new IdleLock(
    DEFAULT_IDLE_LOCK_MINUTES,
    () => vault.lock(),
    () => ctx.now().getTime(),
  );
  const settings = createSettingsArea(ctx, options.dataDir, {
    unlocked: () => vault.state() === 'unlocked',
    idleMinutesChanged: (minutes) => idleLock.setMinutes(minutes),
    changed: (next) => backups.settingsChanged(next),
  });
  const retention = createRetentionArea(ctx, {
    audit: audit.log,
    clients: clients.service,
    settings: () => settings.service.get(),
    // What points at sessions, hypotheses or ruptures goes before them; the client row goes last.
    erasers: [
      eraseEvidenceOf,
      eraseRupturesOf,
      eraseAllianceOf,
      eraseHypothesesOf,
      eraseFormulationOf,
      eraseDocumentsOf,
      eraseSessionsOf,
    ],
    eraseClient: eraseClientRow,
    erased: (clientId) => {
      alliance.service.erased(clientId);
      ruptures.service.erased(clientId);
    },
  });
  const fullCheckMaxBytes = options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES;

  const vault: VaultService = new VaultService({
    dataDir: options.dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    fullCheckMaxBytes,
    beforeSwap: () => backups.beforeSwap(),
    onUnlock: (db, passphrase) => {
      for (const area of areas) area.onUnlock?.({ db, passphrase, path: vault.path });
      idleLock.touch();
      events.emit({ type: 'vault.unlocked', payload: {} });
    },
    onLock: (reason) => {
      idleLock.stop();
      for (const area of [...areas].reverse()) {
        try {
          area.onLock?.(reason);
        } catch (err) {
          log(`The ${area.name} area failed while the vault locked`, err);
        }
      }
    },
    onLocked: () => {
      events.emit({ type: 'vault.locked', payload: {} });
      backups.locked();
    },
  });
  const backups = createBackupsArea(
    ctx,
    {
      dataDir: options.dataDir,
      fullCheckMaxBytes,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
    { jobs, audit: audit.log, vault, settings: () => settings.service.get() },
  );

  const areas = [
    createVaultArea(vault),
    settings.area,
    audit.area,
    clients.area,
    sessions.area,
    documents.area,
    templates,
    formulations.area,
    hypotheses.area,
    evidence.area,
    alliance.area,
    ruptures.area,
    overview,
    summary,
    record,
    retention,
    search.area,
    backups.area,
    createJobsArea(jobs),
  ] as const;

  const dispatch = createDispatcher(combineAreas(areas), {
    beforeHandler: (method) => {
      // The wall clock first: after a sleep the idle time may be long past, whatever the timers say.
      idleLock.check();
      if (!PASSIVE_METHODS.has(method) && vault.state() === 'unlocked') idleLock.touch();
    },
    onInternalError: (method, err) => log(`Internal error in ${method}`, err),
    onCorruption: () => events.emit({ type: 'vault.damaged', payload: { source: 'read' } }),
  });

  return {
    dispatch,
    subscribe: (listener) => events.subscribe(listener),
    lock: () => vault.lock(),
    settled: async () => {
      await audit.chainChecked();
      return search.settled();
    },
    idle: async () => {
      await search.settled();
      await backups.idle();
    },
    checked: () => backups.checked(),
    close: () => {
      idleLock.stop();
      vault.lock();
      unlockDataDir();
    },
    shutdown: async () => {
      idleLock.stop();
      vault.lock();
      await backups.idle();
      unlockDataDir();
    },
  };
}
