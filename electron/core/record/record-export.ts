import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { AllianceRating } from '@shared/api/alliance';
import type { AuditEntry } from '@shared/api/audit';
import type { Client } from '@shared/api/clients';
import type { DocumentMeta } from '@shared/api/documents';
import type { Evidence } from '@shared/api/evidence';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import type { Hypothesis } from '@shared/api/hypotheses';
import {
  DOCUMENTS_FOLDER,
  MANIFEST_FILE,
  RECORD_FILE,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  type ClientRecord,
  type RecordManifest,
} from '@shared/api/record';
import type { Rupture } from '@shared/api/ruptures';
import type { Session, SessionSummary } from '@shared/api/sessions';
import { docToPlainText } from '@shared/notes/plain-text';
import { AppError } from '../errors';
import type { Job } from '../jobs/job-runner';

/** What the export reads, each from the area that owns it. */
export interface RecordSources {
  client: (clientId: string) => Client;
  sessions: (clientId: string) => SessionSummary[];
  session: (sessionId: string) => Session;
  documents: (clientId: string) => DocumentMeta[];
  documentData: (documentId: string) => Buffer;
  formulation: (clientId: string) => { sections: FormulationSections; revision: number; updatedAt: string | null };
  formulationVersions: (clientId: string) => FormulationVersionMeta[];
  formulationVersion: (
    clientId: string,
    versionId: string,
  ) => FormulationVersionMeta & { sections: FormulationSections };
  hypotheses: (clientId: string) => Hypothesis[];
  evidence: (clientId: string) => Evidence[];
  alliance: (sessionId: string) => AllianceRating;
  ruptures: (clientId: string) => Rupture[];
  audit: (clientId: string) => AuditEntry[];
}

/** Reads a client's whole record from the areas, as record.json holds it. */
export function readRecord(sources: RecordSources, clientId: string, exportedAt: string): ClientRecord {
  const client = sources.client(clientId);
  const sessions = sources
    .sessions(clientId)
    .map((s) => sources.session(s.id))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  const formulation = sources.formulation(clientId);
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    exportedAt,
    source: { clientId },
    client,
    sessions: sessions.map(({ revision: _revision, ...s }) => ({
      ...s,
      text: docToPlainText(s.doc),
      addenda: s.addenda,
    })),
    documents: sources.documents(clientId),
    formulation: { revision: formulation.revision, updatedAt: formulation.updatedAt, sections: formulation.sections },
    formulationVersions: sources.formulationVersions(clientId).map((v) => sources.formulationVersion(clientId, v.id)),
    hypotheses: sources.hypotheses(clientId),
    evidence: sources.evidence(clientId),
    alliance: sessions.map((s) => sources.alliance(s.id)).filter((r) => r.updatedAt !== null),
    ruptures: sources.ruptures(clientId),
    audit: sources.audit(clientId),
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the archive: record.json, the documents as files, and manifest.json with the SHA-256 of
 * every other file. Streamed to a file beside the target and renamed into place when complete,
 * so a failed or cancelled export leaves nothing at `path`.
 */
export async function writeArchive(
  path: string,
  record: ClientRecord,
  documentData: (id: string) => Buffer,
  job: Job,
  extra: Array<{ path: string; bytes: Uint8Array }> = [],
): Promise<{ bytes: number; files: number }> {
  if (existsSync(path))
    throw new AppError(
      'VALIDATION',
      'A file already exists there. Choose another name; Trygg never overwrites a file.',
    );
  const partial = `${path}.partial`;
  const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  let written = 0;
  const finished = new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.on('finish', resolve);
  });
  let zipError: Error | null = null;
  const zip = new Zip((err, chunk, final) => {
    if (err) {
      zipError = err;
      out.destroy(err);
      return;
    }
    written += chunk.length;
    out.write(chunk);
    if (final) out.end();
  });
  const files: RecordManifest['files'] = [];
  const add = (name: string, bytes: Uint8Array, compress: boolean) => {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
    files.push({ path: name, bytes: bytes.length, sha256: sha256(bytes) });
  };
  try {
    const total = record.documents.length + 2 + extra.length;
    job.progress(0, total, 'record');
    add(RECORD_FILE, Buffer.from(JSON.stringify(record, null, 2), 'utf8'), true);
    job.progress(1, total, 'documents');
    let done = 1;
    for (const doc of record.documents) {
      await job.pause();
      // Documents are PDFs and images, compressed already: stored as they are.
      add(`${DOCUMENTS_FOLDER}${doc.id}`, documentData(doc.id), false);
      job.progress(++done, total, 'documents');
    }
    for (const file of extra) add(file.path, file.bytes, false);
    const manifest: RecordManifest = {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      createdAt: record.exportedAt,
      files,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
    const manifestEntry = new ZipDeflate(MANIFEST_FILE, { level: 6 });
    zip.add(manifestEntry);
    manifestEntry.push(manifestBytes, true);
    zip.end();
    await finished;
    if (zipError) throw zipError;
    if (existsSync(path)) throw new AppError('VALIDATION', 'A file appeared there meanwhile. Choose another name.');
    renameSync(partial, path);
    job.progress(total, total, 'done');
    return { bytes: written, files: files.length + 1 };
  } catch (err) {
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}
