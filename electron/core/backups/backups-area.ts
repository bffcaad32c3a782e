import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Settings } from '@shared/api/settings';
import { defineArea } from '../app/area';
import type { CoreContext } from '../app/context';
import type { AuditLog } from '../audit/audit-area';
import { AppError, corruptVault, diskFull, isDiskFull } from '../errors';
import { cancelled, type Job, type JobRunner } from '../jobs/job-runner';
import { LATEST_VERSION } from '../vault/migrations';
import { inspectVaultFile } from '../vault/vault-file';
import type { VaultService } from '../vault/vault-service';
import { runVaultTask, type VaultTaskOutcome, type VaultWorkerRun } from '../vault/vault-worker';
import {
  backupFileName,
  fsyncPath,
  listBackups,
  pruneBackups,
  readManifest,
  removePartials,
  updateManifest,
} from './backup-folder';
import { LOCATION_FILE, readLocation, writeLocation, type BackupLocation } from './backup-location';

export interface BackupsOptions {
  dataDir: string;
  nativeBinding?: string;
  /** Vaults larger than this are checked page by page in the background after unlock. */
  fullCheckMaxBytes: number;
}

export interface BackupsDeps {
  jobs: JobRunner;
  audit: AuditLog;
  vault: VaultService;
  settings: () => Pick<Settings, 'backupFolder' | 'backupKeep'>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often an unlocked vault looks whether its daily backup is due (first look after a minute). */
const DAILY_LOOK_MS = 60 * 60 * 1000;
const FIRST_DAILY_LOOK_MS = 60 * 1000;
const PROGRESS_POLL_MS = 100;

interface Written {
  path: string;
  createdAt: string;
  verified: boolean;
}

const backupFolderUnusable = (folder: string, err: unknown): AppError => {
  if (isDiskFull(err)) return diskFull();
  return new AppError(
    'VALIDATION',
    `Trygg cannot write backups to ${folder}: ${(err as Error).message}. Choose another folder in Settings.`,
    'backupFolderUnusable',
  );
};

const damagedBackup = (detail: string): AppError =>
  new AppError(
    'CORRUPT_VAULT',
    `That backup is damaged (${detail.slice(0, 200)}), so it cannot be restored. Your vault was not changed; choose another backup.`,
    'backupDamaged',
  );

function outcomeError(outcome: Exclude<VaultTaskOutcome, { ok: true }>, what: 'vault' | 'backup'): Error {
  if (outcome.problem === 'full') return diskFull();
  if (outcome.problem === 'wrongKey') {
    return new AppError(
      'WRONG_PASSPHRASE',
      'That passphrase does not open this backup. Use the passphrase the vault had when the backup was made.',
    );
  }
  if (outcome.problem === 'damaged') return what === 'backup' ? damagedBackup(outcome.message) : corruptVault();
  return new Error(outcome.message);
}

const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

/**
 * Automatic encrypted backups (on lock, on quit, daily, and on request), each written by
 * VACUUM INTO on a thread of its own and counted only once it opens with the passphrase and
 * passes PRAGMA integrity_check; restore from one; and the background check of large vaults.
 */
export function createBackupsArea(ctx: CoreContext, options: BackupsOptions, deps: BackupsDeps) {
  const { dataDir } = options;
  const { vault } = deps;
  let passphrase: string | undefined;
  let changesAtBackup: number | undefined;
  let running: Promise<Written> | undefined;
  let worker: VaultWorkerRun | undefined;
  let check: VaultWorkerRun | undefined;
  let checkDone: Promise<'ok' | 'damaged' | 'skipped' | 'failed'> = Promise.resolve('skipped');
  let restoring = false;
  let daily: NodeJS.Timeout | undefined;
  let firstDaily: NodeJS.Timeout | undefined;
  let afterLock: (() => void) | undefined;

  const location = (): BackupLocation => readLocation(dataDir);
  /** The location with its tag written down, before a backup is named by it. */
  const keptLocation = (): BackupLocation => {
    const found = readLocation(dataDir);
    if (!existsSync(join(dataDir, LOCATION_FILE))) writeLocation(dataDir, found);
    return found;
  };
  const totalChanges = (): number => ctx.db().prepare('SELECT total_changes()').pluck().get() as number;
  const folderNow = (): string | null =>
    vault.state() === 'unlocked' ? deps.settings().backupFolder : location().folder;

  function lastVerifiedAt(folder: string | null, tag: string): string | null {
    if (!folder) return null;
    const manifest = readManifest(folder);
    let last: string | null = null;
    for (const backup of listBackups(folder, tag)) {
      const entry = manifest[basename(backup.path)];
      if (backup.verified && entry && (last === null || entry.verifiedAt > last)) last = entry.verifiedAt;
    }
    return last;
  }

  /** Logs the backups not yet in this vault's audit log (those written while it was locked). */
  function auditPending(folder: string, tag: string): number {
    const manifest = readManifest(folder);
    const pending = listBackups(folder, tag).filter((b) => b.verified && manifest[basename(b.path)]?.audited === false);
    if (pending.length === 0) return 0;
    ctx.transaction(() => {
      for (const b of pending.reverse()) {
        deps.audit.record({
          action: 'backup',
          entity: 'vault',
          entityId: basename(b.path),
          clientId: null,
          detail: b.path,
        });
      }
    });
    updateManifest(folder, (m) => {
      for (const b of pending) {
        const entry = m[basename(b.path)];
        if (entry) entry.audited = true;
      }
    });
    return pending.length;
  }

  /** Writes and verifies one backup; removes what it wrote if anything fails or it is cancelled. */
  async function write(key: string, folder: string, tag: string, job?: Job): Promise<Written> {
    try {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      removePartials(folder, tag);
    } catch (err) {
      throw backupFolderUnusable(folder, err);
    }
    const at = ctx.now();
    const name = backupFileName(tag, at);
    const final = join(folder, name);
    const partial = `${final}.partial`;
    const total = statSync(vault.path).size;
    let phase = 'copy';
    const run = runVaultTask({ op: 'backup', path: vault.path, target: partial }, key, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      onPhase: (p) => (phase = p),
    });
    worker = run;
    const removePartial = () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    };
    try {
      let outcome: VaultTaskOutcome | undefined;
      void run.outcome.then((o) => (outcome = o));
      while (!outcome) {
        if (job?.signal.aborted) {
          await run.stop();
          removePartial();
          throw cancelled();
        }
        let size = 0;
        try {
          size = statSync(partial).size;
        } catch {
          size = 0;
        }
        job?.progress(phase === 'copy' ? Math.min(size, total) : total, total, phase);
        await Promise.race([run.outcome, sleep(PROGRESS_POLL_MS)]);
      }
      if (!outcome.ok) {
        removePartial();
        const err = outcomeError(outcome, 'vault');
        if (err instanceof AppError && err.code === 'CORRUPT_VAULT')
          ctx.emit({ type: 'vault.damaged', payload: { source: 'read' } });
        throw err;
      }
      job?.progress(total, total, 'done');
      try {
        renameSync(partial, final);
        fsyncPath(folder);
        const bytes = statSync(final).size;
        updateManifest(folder, (m) => {
          m[name] = { verifiedAt: ctx.now().toISOString(), bytes, audited: false };
        });
      } catch (err) {
        removePartial();
        throw backupFolderUnusable(folder, err);
      }
      return { path: final, createdAt: at.toISOString(), verified: true };
    } finally {
      if (worker === run) worker = undefined;
    }
  }

  /** One backup at a time: asking while one runs waits for it, then writes a fresh one. */
  function start(key: string, folder: string, tag: string, keep: number, job?: Job): Promise<Written> {
    const previous = running ?? Promise.resolve(undefined);
    const mine: Promise<Written> = previous
      .catch(() => undefined)
      .then(async () => {
        // What this backup holds: the vault as it was when it started (its own audit entry aside).
        const changesBefore = vault.state() === 'unlocked' ? totalChanges() : undefined;
        const written = await write(key, folder, tag, job);
        try {
          pruneBackups(folder, tag, keep);
        } catch (err) {
          ctx.log('Old backups could not be removed', err);
        }
        if (vault.state() === 'unlocked') {
          try {
            const logged = auditPending(folder, tag);
            if (changesBefore !== undefined) changesAtBackup = changesBefore + logged;
          } catch (err) {
            ctx.log('The backup could not be written to the audit log', err);
          }
        }
        return written;
      })
      .finally(() => {
        if (running === mine) running = undefined;
      });
    running = mine;
    return mine;
  }

  /** The backup "Back up now" and the daily timer ask for, with progress as a 'backup' job. */
  function runNow(): Promise<Written> {
    const key = passphrase;
    const { backupFolder, backupKeep } = deps.settings();
    if (!key) throw new AppError('LOCKED', 'The vault is locked. Unlock it with your passphrase.');
    if (!backupFolder) {
      throw new AppError('VALIDATION', 'Choose a backup folder in Settings first.', 'noBackupFolder');
    }
    const { tag } = keptLocation();
    return deps.jobs.run('backup', (job) => start(key, backupFolder, tag, backupKeep, job));
  }

  function lookDaily(): void {
    if (running || restoring || vault.state() !== 'unlocked' || !passphrase) return;
    const folder = deps.settings().backupFolder;
    if (!folder) return;
    const last = lastVerifiedAt(folder, location().tag);
    if (last && ctx.now().getTime() - Date.parse(last) < DAY_MS) return;
    runNow().catch((err: unknown) => ctx.log('The daily backup failed', err));
  }

  function startCheck(path: string, key: string): void {
    if (statSync(path).size <= options.fullCheckMaxBytes) {
      checkDone = Promise.resolve('skipped');
      return;
    }
    const run = runVaultTask(
      { op: 'check', path },
      key,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    check = run;
    checkDone = run.outcome.then((outcome) => {
      if (check === run) check = undefined;
      if (outcome.ok) return 'ok';
      if (outcome.problem === 'damaged') {
        ctx.log(`The background check found damage in the vault: ${outcome.message}`);
        if (vault.state() === 'unlocked') ctx.emit({ type: 'vault.damaged', payload: { source: 'check' } });
        return 'damaged';
      }
      return 'failed';
    });
  }

  async function restore(path: string, key: string): Promise<{ keptAsidePath: string }> {
    if (restoring) throw new AppError('CONFLICT', 'A restore is already under way.');
    const shape = inspectVaultFile(path);
    if (shape === 'missing') throw new AppError('NOT_FOUND', `There is no backup at ${path}.`);
    if (shape === 'folder') {
      throw new AppError(
        'VALIDATION',
        `${path} is a folder, not a backup. Choose the backup file in it (its name ends in .trygg).`,
        'backupIsFolder',
      );
    }
    if (shape === 'not-a-vault') throw damagedBackup('it is not a Trygg vault, or it is cut short');
    restoring = true;
    const at = ctx.now();
    const copy = join(dataDir, `vault.trygg.restoring`);
    const removeCopy = () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(copy + suffix, { force: true });
    };
    try {
      removeCopy();
      try {
        await copyFile(path, copy);
        fsyncPath(copy);
      } catch (err) {
        removeCopy();
        if (isDiskFull(err)) throw diskFull();
        throw new AppError('NOT_FOUND', `The backup at ${path} could not be read: ${(err as Error).message}`);
      }
      // The copy is what will be used, so the copy is what is checked.
      const outcome = await runVaultTask(
        { op: 'verify', path: copy },
        key,
        options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
      ).outcome;
      if (!outcome.ok) {
        removeCopy();
        throw outcomeError(outcome, 'backup');
      }
      if (outcome.userVersion > LATEST_VERSION) {
        removeCopy();
        throw new AppError(
          'CORRUPT_VAULT',
          'That backup was written by a newer version of Trygg. Update Trygg to restore it.',
          'backupTooNew',
        );
      }
      const keptAside = join(dataDir, `vault-before-restore-${stamp(at)}.trygg`);
      const had = existsSync(vault.path);
      try {
        await vault.replaceWith(copy, key, keptAside);
      } finally {
        removeCopy();
      }
      deps.audit.record({
        action: 'restore',
        entity: 'vault',
        entityId: basename(path),
        clientId: null,
        detail: had ? `${path} (kept aside: ${keptAside})` : path,
      });
      return { keptAsidePath: had ? keptAside : '' };
    } finally {
      restoring = false;
    }
  }

  const area = defineArea({
    name: 'backups',
    handlers: {
      'backups.run': () => runNow(),
      'backups.list': () => {
        const folder = folderNow();
        if (!folder) return [];
        return listBackups(folder, vault.state() === 'none' ? undefined : location().tag);
      },
      'backups.status': () => ({
        lastVerifiedAt: lastVerifiedAt(folderNow(), location().tag),
        running: running !== undefined,
      }),
      'backups.restore': ({ path, passphrase: key }) => restore(path, key),
    },
    onUnlock: ({ path, passphrase: key }) => {
      passphrase = key;
      changesAtBackup = undefined;
      const folder = deps.settings().backupFolder;
      const found = location();
      if (found.folder !== folder && (folder !== null || existsSync(join(dataDir, LOCATION_FILE)))) {
        writeLocation(dataDir, { ...found, folder });
      }
      if (folder) {
        try {
          // The backup on the last lock holds the vault as it opens now: logging it is no change.
          if (auditPending(folder, found.tag) > 0) changesAtBackup = totalChanges();
        } catch (err) {
          ctx.log('Backups written while locked could not be logged', err);
        }
      }
      startCheck(path, key);
      firstDaily = setTimeout(lookDaily, FIRST_DAILY_LOOK_MS);
      firstDaily.unref();
      daily = setInterval(lookDaily, DAILY_LOOK_MS);
      daily.unref();
    },
    onLock: (reason) => {
      clearTimeout(firstDaily);
      clearInterval(daily);
      void check?.stop();
      check = undefined;
      const key = passphrase;
      passphrase = undefined;
      if (reason !== 'lock' || !key) return;
      const { backupFolder, backupKeep } = deps.settings();
      if (!backupFolder) return;
      let changes: number | undefined;
      try {
        changes = totalChanges();
      } catch {
        changes = undefined;
      }
      // Nothing written since the last backup of this session: that backup is still current.
      if (changes !== undefined && changes === changesAtBackup) return;
      const { tag } = keptLocation();
      afterLock = () => {
        start(key, backupFolder, tag, backupKeep).catch((err: unknown) => ctx.log('The backup on lock failed', err));
      };
    },
  });

  return {
    area,
    /** After the vault's connection closed: the backup on lock starts now, on its own connection. */
    locked: () => {
      const begin = afterLock;
      afterLock = undefined;
      begin?.();
    },
    /** Before the vault's file is swapped: the check stopped, and no backup reading it. */
    beforeSwap: async () => {
      await check?.stop();
      check = undefined;
      await running?.catch(() => undefined);
    },
    /** Settings changed: the folder is kept outside the vault too. */
    settingsChanged: (next: Pick<Settings, 'backupFolder'>) => {
      const found = location();
      if (found.folder !== next.backupFolder) writeLocation(dataDir, { ...found, folder: next.backupFolder });
    },
    /** Resolves when every backup under way is written (or failed), for quit. */
    idle: async () => {
      while (running) await running.catch(() => undefined);
    },
    /** What the background check after the last unlock found. */
    checked: () => checkDone,
  };
}
