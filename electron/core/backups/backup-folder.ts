import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { Backup } from '@shared/api/backups';

/**
 * The backup folder: one encrypted file per backup, named by the data directory's tag and the
 * time it was taken, and a manifest of the ones that passed verification. Several practices may
 * share a folder; each only lists and prunes its own.
 */
export const MANIFEST_FILE = 'trygg-backups.json';
const NAME = /^trygg-([a-z0-9]{8})-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.trygg$/;
const PARTIAL = /^trygg-([a-z0-9]{8})-.*\.trygg\.partial(-wal|-shm|-journal)?$/;

interface ManifestEntry {
  verifiedAt: string;
  bytes: number;
  /** Whether the vault's audit log has an entry for it (a backup on lock is logged at the next unlock). */
  audited: boolean;
}
type Manifest = Record<string, ManifestEntry>;

export const backupFileName = (tag: string, at: Date): string =>
  `trygg-${tag}-${at.toISOString().replace(/[:.]/g, '-')}.trygg`;

function parseName(name: string): { tag: string; createdAt: string } | undefined {
  const m = NAME.exec(name);
  if (!m?.[1] || !m[2]) return undefined;
  const [date, time] = m[2].split('T') as [string, string];
  const [h, min, sec, ms] = time.replace('Z', '').split('-');
  return { tag: m[1], createdAt: `${date}T${h}:${min}:${sec}.${ms}Z` };
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function readManifest(folder: string): Manifest {
  try {
    const value = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return {};
    const out: Manifest = {};
    for (const [name, entry] of Object.entries(value as Record<string, Partial<ManifestEntry>>)) {
      if (NAME.test(name) && typeof entry.verifiedAt === 'string' && typeof entry.bytes === 'number') {
        out[name] = { verifiedAt: entry.verifiedAt, bytes: entry.bytes, audited: entry.audited === true };
      }
    }
    return out;
  } catch {
    return {};
  }
}

export function writeManifest(folder: string, manifest: Manifest): void {
  const path = join(folder, MANIFEST_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 1)}\n`);
  fsyncPath(`${path}.tmp`);
  renameSync(`${path}.tmp`, path);
}

export function updateManifest(folder: string, change: (manifest: Manifest) => void): void {
  const manifest = readManifest(folder);
  change(manifest);
  writeManifest(folder, manifest);
}

/**
 * The backups in the folder, newest first: this data directory's (tag given), or every Trygg
 * backup there (no tag: the vault is locked or damaged and cannot say which are its own).
 */
export function listBackups(folder: string, tag?: string): Backup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const manifest = readManifest(folder);
  const out: Backup[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed || (tag && parsed.tag !== tag)) continue;
    let bytes: number;
    try {
      const stat = statSync(join(folder, name));
      if (!stat.isFile()) continue;
      bytes = stat.size;
    } catch {
      continue;
    }
    const entry = manifest[name];
    out.push({ path: join(folder, name), createdAt: parsed.createdAt, verified: entry?.bytes === bytes, bytes });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Keeps the newest `keep` verified backups of this tag, deletes older ones; unverified leftovers go too. */
export function pruneBackups(folder: string, tag: string, keep: number): string[] {
  const removed: string[] = [];
  const backups = listBackups(folder, tag);
  let verified = 0;
  for (const backup of backups) {
    if (backup.verified && ++verified <= keep) continue;
    // An unverified file newer than the newest verified one is left for the clinician to judge.
    if (!backup.verified && verified === 0) continue;
    rmSync(backup.path, { force: true });
    removed.push(backup.path);
  }
  if (removed.length > 0) {
    updateManifest(folder, (manifest) => {
      for (const path of removed) delete manifest[basename(path)];
    });
  }
  return removed;
}

/** Leftovers of a backup that was cut short (a crash, a full disk, a cancel). */
export function removePartials(folder: string, tag: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (PARTIAL.exec(name)?.[1] === tag) rmSync(join(folder, name), { force: true });
  }
}
