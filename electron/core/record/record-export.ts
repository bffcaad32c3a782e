import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
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
  SUMMARY_FILE,
  SUMMARY_NOT_MADE,
  type RecordManifest,
} from '@shared/api/record';
import type { Rupture } from '@shared/api/ruptures';
import type { Session, SessionSummary } from '@shared/api/sessions';
import { docToPlainText } from '@shared/notes/plain-text';
import { AppError, diskFull, isDiskFull } from '../errors';
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

export interface WrittenArchive {
  bytes: number;
  files: number;
  sessions: number;
  documents: number;
  summaryPdf: boolean;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * record.json's text is handed to the compressor in pieces of about this many characters (fflate
 * does work of its own for every piece pushed: much smaller pieces cost more memory, not less).
 */
const RECORD_PIECE = 256 * 1024;

/**
 * The archive's bytes as fflate's Zip makes them, written to the file as they come: inside the
 * synchronous part (record.json) with synchronous writes, so nothing piles up in memory; after
 * it (the documents) with awaited ones, so the door keeps answering.
 */
class ArchiveFile {
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  written = 0;
  readonly zip = new Zip((err, chunk) => {
    if (err) this.failure = err;
    else this.pending.push(chunk);
  });

  constructor(private readonly handle: FileHandle) {}

  flushSync(): void {
    this.check();
    for (const chunk of this.take()) {
      let at = 0;
      while (at < chunk.length) at += writeSync(this.handle.fd, chunk, at, chunk.length - at);
    }
  }

  async flush(): Promise<void> {
    this.check();
    for (const chunk of this.take()) {
      let at = 0;
      while (at < chunk.length) at += (await this.handle.write(chunk, at, chunk.length - at)).bytesWritten;
    }
  }

  private take(): Uint8Array[] {
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) this.written += chunk.length;
    return chunks;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/**
 * record.json, written part by part as it is read from the areas (one session at a time), in
 * the layout JSON.stringify(record, null, 2) gives; hashed and counted as it goes.
 */
class RecordJsonWriter {
  private readonly hash = createHash('sha256');
  private readonly entry = new ZipDeflate(RECORD_FILE, { level: 6 });
  private pieces: string[] = [];
  private length = 0;
  private members = 0;
  bytes = 0;

  constructor(private readonly file: ArchiveFile) {
    file.zip.add(this.entry);
    this.text('{\n');
  }

  member(key: string, value: unknown): void {
    this.text(
      `${this.members++ ? ',\n' : ''}  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}`,
    );
  }

  array<T>(key: string, items: Iterable<T>): number {
    this.text(`${this.members++ ? ',\n' : ''}  ${JSON.stringify(key)}: [`);
    let count = 0;
    for (const item of items) {
      this.text(`${count++ ? ',' : ''}\n    ${indent(JSON.stringify(item, null, 2), '    ')}`);
    }
    this.text(count ? '\n  ]' : ']');
    return count;
  }

  /** The record's closing brace; answers the file's entry for the manifest. */
  end(): RecordManifest['files'][number] {
    this.text('\n}', true);
    return { path: RECORD_FILE, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  private text(piece: string, final = false): void {
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.length < RECORD_PIECE && !final) return;
    const bytes = Buffer.from(this.pieces.join(''), 'utf8');
    this.pieces = [];
    this.length = 0;
    this.hash.update(bytes);
    this.bytes += bytes.length;
    this.entry.push(bytes, final);
    this.file.flushSync();
  }
}

// JSON.stringify escapes a newline inside a string, so every newline in its output is layout.
const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/**
 * Writes record.json from the areas, part by part, in one synchronous stretch: the record is
 * read as it stands at one moment (no request can change it between two sessions), and only one
 * part is held at a time. Answers the documents to write after it.
 */
function writeRecord(
  out: RecordJsonWriter,
  sources: RecordSources,
  client: Client,
  exportedAt: string,
): { sessions: number; documents: DocumentMeta[] } {
  const summaries = sources
    .sessions(client.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  const formulation = sources.formulation(client.id);
  const documents = sources.documents(client.id);
  out.member('format', RECORD_FORMAT);
  out.member('formatVersion', RECORD_FORMAT_VERSION);
  out.member('exportedAt', exportedAt);
  out.member('source', { clientId: client.id });
  out.member('client', client);
  const sessions = out.array(
    'sessions',
    map(summaries, (summary) => {
      const { revision: _revision, ...s } = sources.session(summary.id);
      return { ...s, text: docToPlainText(s.doc), addenda: s.addenda };
    }),
  );
  out.array('documents', documents);
  out.member('formulation', {
    revision: formulation.revision,
    updatedAt: formulation.updatedAt,
    sections: formulation.sections,
  });
  out.array(
    'formulationVersions',
    map(sources.formulationVersions(client.id), (v) => sources.formulationVersion(client.id, v.id)),
  );
  out.array('hypotheses', sources.hypotheses(client.id));
  out.array('evidence', sources.evidence(client.id));
  out.array(
    'alliance',
    filter(
      map(summaries, (s) => sources.alliance(s.id)),
      (r) => r.updatedAt !== null,
    ),
  );
  out.array('ruptures', sources.ruptures(client.id));
  out.array('audit', sources.audit(client.id));
  return { sessions, documents };
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * Writes the archive: record.json, the documents as files, summary.pdf when its bytes are given,
 * and manifest.json with the SHA-256 of every other file. Streamed to a file beside the target
 * and renamed into place when complete, so a failed or cancelled export leaves nothing at `path`.
 * Holds one part of the record, or one document, at a time.
 */
export async function writeArchive(
  path: string,
  sources: RecordSources,
  client: Client,
  exportedAt: string,
  job: Job,
  summaryPdf?: Buffer,
): Promise<WrittenArchive> {
  if (existsSync(path))
    throw new AppError(
      'VALIDATION',
      'A file already exists there. Choose another name; Trygg never overwrites a file.',
    );
  const partial = `${path}.partial`;
  let handle: FileHandle;
  try {
    handle = await open(partial, 'wx', 0o600);
  } catch (err) {
    if (isDiskFull(err)) throw diskFull();
    // A folder that is missing, read-only or not a folder, or an unfinished export in the way.
    throw new AppError(
      'VALIDATION',
      `Trygg cannot write the archive at ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}). Choose another place or name.`,
      'exportUnwritable',
    );
  }
  const file = new ArchiveFile(handle);
  const files: RecordManifest['files'] = [];
  const addStored = async (name: string, bytes: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    file.zip.add(entry);
    entry.push(bytes, true);
    files.push({ path: name, bytes: bytes.length, sha256: sha256(bytes) });
    await file.flush();
  };
  try {
    job.progress(0, 1, 'record');
    const out = new RecordJsonWriter(file);
    const { sessions, documents } = writeRecord(out, sources, client, exportedAt);
    files.push(out.end());
    const total = documents.length + 2;
    job.progress(1, total, 'documents');
    let done = 1;
    for (const doc of documents) {
      await job.pause();
      // Documents are PDFs and images, compressed already: stored as they are.
      await addStored(`${DOCUMENTS_FOLDER}${doc.id}`, sources.documentData(doc.id));
      job.progress(++done, total, 'documents');
    }
    if (summaryPdf) await addStored(SUMMARY_FILE, summaryPdf);
    const manifest: RecordManifest = {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      createdAt: exportedAt,
      files,
      summaryPdf: summaryPdf ? { included: true } : { included: false, note: SUMMARY_NOT_MADE },
    };
    const manifestEntry = new ZipDeflate(MANIFEST_FILE, { level: 6 });
    file.zip.add(manifestEntry);
    manifestEntry.push(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), true);
    file.zip.end();
    await file.flush();
    await handle.sync();
    await handle.close();
    if (existsSync(path)) throw new AppError('VALIDATION', 'A file appeared there meanwhile. Choose another name.');
    renameSync(partial, path);
    job.progress(total, total, 'done');
    return {
      bytes: file.written,
      files: files.length + 1,
      sessions,
      documents: documents.length,
      summaryPdf: Boolean(summaryPdf),
    };
  } catch (err) {
    await handle.close().catch(() => undefined);
    rmSync(partial, { force: true });
    throw err;
  }
}
