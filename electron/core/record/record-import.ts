import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import {
  DOCUMENTS_FOLDER,
  MANIFEST_FILE,
  RECORD_FILE,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  manifestSchema,
  recordSchema,
  type ClientRecord,
} from '@shared/api/record';
import { AppError } from '../errors';

/** Archives larger than this are refused before they are read (a record with 25 MB documents fits many times over). */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

/** Why an archive is refused: a code the renderer translates, with the message in plain words. */
export type ArchiveProblem =
  'unreadable' | 'notRecord' | 'newerFormat' | 'changed' | 'incomplete' | 'unexpectedFile' | 'badRecord';

const refuse = (reason: ArchiveProblem, message: string): AppError =>
  new AppError('VALIDATION', message, `archive.${reason}`);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads an archive written by export.client and checks all of it before anything is written:
 * the manifest and its format version, every file's size and SHA-256, no file the manifest does
 * not list, record.json against the record schema, each document against its own checksum, and
 * that every reference points inside the record.
 */
export async function readArchive(path: string): Promise<{ record: ClientRecord; documents: Map<string, Buffer> }> {
  let files: Record<string, Uint8Array>;
  try {
    if (statSync(path).size > MAX_ARCHIVE_BYTES) throw new Error('too large');
    files = await unzipFile(path);
  } catch {
    throw refuse(
      'unreadable',
      'Trygg could not read this file as a record archive: it is not a ZIP archive, or it is damaged.',
    );
  }
  const manifestBytes = files[MANIFEST_FILE];
  if (!manifestBytes) throw refuse('notRecord', 'This archive is not a Trygg client record: it has no manifest.');
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(Buffer.from(manifestBytes).toString('utf8'));
  } catch {
    throw refuse('notRecord', 'This archive is not a Trygg client record: its manifest cannot be read.');
  }
  const looks = manifestJson as { format?: unknown; formatVersion?: unknown } | null;
  if (looks?.format !== RECORD_FORMAT) throw refuse('notRecord', 'This archive is not a Trygg client record.');
  if (typeof looks.formatVersion === 'number' && looks.formatVersion > RECORD_FORMAT_VERSION) {
    throw refuse(
      'newerFormat',
      `This record was written by a newer Trygg (format version ${looks.formatVersion}). Update Trygg to import it.`,
    );
  }
  const manifest = manifestSchema.safeParse(manifestJson);
  if (!manifest.success || manifest.data.formatVersion !== RECORD_FORMAT_VERSION) {
    throw refuse(
      'notRecord',
      `This archive's manifest is not one Trygg knows (format version ${String(looks.formatVersion)}).`,
    );
  }

  const listed = new Set<string>();
  for (const file of manifest.data.files) {
    listed.add(file.path);
    const bytes = files[file.path];
    if (!bytes)
      throw refuse('incomplete', `This archive is incomplete: ${file.path} is missing. Export the record again.`);
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      throw refuse(
        'changed',
        `This archive was changed or damaged after it was written: ${file.path} does not match its checksum. Nothing was imported.`,
      );
    }
  }
  for (const name of Object.keys(files)) {
    if (name !== MANIFEST_FILE && !listed.has(name) && !name.endsWith('/')) {
      throw refuse(
        'unexpectedFile',
        `This archive holds a file its manifest does not list (${name}): it was changed after it was written.`,
      );
    }
  }

  const recordBytes = files[RECORD_FILE];
  if (!recordBytes || !listed.has(RECORD_FILE))
    throw refuse('incomplete', 'This archive is incomplete: record.json is missing.');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(recordBytes).toString('utf8'));
  } catch {
    throw refuse('badRecord', 'This archive\u2019s record.json is not valid JSON.');
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(
      'badRecord',
      `This archive\u2019s record does not follow the record format (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  const record = parsed.data;

  const documents = new Map<string, Buffer>();
  for (const meta of record.documents) {
    const bytes = files[`${DOCUMENTS_FOLDER}${meta.id}`];
    if (!bytes || !listed.has(`${DOCUMENTS_FOLDER}${meta.id}`)) {
      throw refuse('incomplete', `This archive is incomplete: the document "${meta.fileName}" is missing.`);
    }
    if (sha256(bytes) !== meta.sha256 || bytes.length !== meta.size) {
      throw refuse('changed', `The document "${meta.fileName}" in this archive does not match its checksum.`);
    }
    // A view of the unzipped bytes, not a copy: a record's documents are most of its size.
    documents.set(meta.id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  }
  checkReferences(record);
  return { record, documents };
}

/**
 * The archive's files, read from disk in chunks: the archive itself is never held whole beside
 * what it unpacks to (a record's documents are most of its size).
 */
async function unzipFile(path: string): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    const chunks: Uint8Array[] = [];
    entry.ondata = (err, chunk, final) => {
      if (err) {
        failure = err;
        return;
      }
      chunks.push(chunk);
      if (final) files[entry.name] = chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    unzip.push(chunk);
    if (failure) throw failure;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  if (Object.keys(files).length === 0) throw new Error('not a ZIP archive');
  return files;
}

/** Every id the record refers to is one of its own. */
function checkReferences(r: ClientRecord): void {
  const sessions = new Set(r.sessions.map((s) => s.id));
  const hypotheses = new Set(r.hypotheses.map((h) => h.id));
  const bad = (what: string) => refuse('badRecord', `This archive's record does not hold together: ${what}.`);
  if (r.source.clientId !== r.client.id) throw bad('it names another client than the one it holds');
  for (const s of r.sessions) {
    if (s.clientId !== r.client.id) throw bad('a session belongs to another client');
    for (const a of s.addenda) if (a.sessionId !== s.id) throw bad('an addendum belongs to another session');
  }
  for (const d of r.documents) {
    if (d.clientId !== r.client.id || (d.sessionId !== null && !sessions.has(d.sessionId)))
      throw bad('a document refers to a session it does not hold');
  }
  for (const e of r.evidence) {
    if (!sessions.has(e.sessionId) || (e.hypothesisId !== null && !hypotheses.has(e.hypothesisId)))
      throw bad('a passage refers to a session or hypothesis it does not hold');
  }
  for (const a of r.alliance)
    if (!sessions.has(a.sessionId)) throw bad('a rating refers to a session it does not hold');
  for (const x of r.ruptures) {
    if (!sessions.has(x.sessionId) || (x.resolvedSessionId !== null && !sessions.has(x.resolvedSessionId)))
      throw bad('a rupture refers to a session it does not hold');
    for (const step of x.steps)
      if (!sessions.has(step.sessionId)) throw bad('a step of repair refers to a session it does not hold');
  }
}

/** New ids for everything the record holds, so nothing in this vault is ever overwritten. */
export class IdMap {
  private readonly ids = new Map<string, string>();

  of(old: string): string {
    let id = this.ids.get(old);
    if (!id) {
      id = randomUUID();
      this.ids.set(old, id);
    }
    return id;
  }

  /** The new id when the old one was the record's, else the old one unchanged (audit details). */
  known(old: string): string {
    return this.ids.get(old) ?? old;
  }
}
