import { createHash, randomUUID } from 'node:crypto';
import type { DocumentMeta } from '@shared/api/documents';
import {
  DOCUMENTS_FOLDER,
  MANIFEST_FILE,
  RECORD_FILE,
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  SUMMARY_FILE,
  manifestSchema,
  recordSchema,
  type ClientRecord,
  type RecordManifest,
} from '@shared/api/record';
import { AppError } from '../errors';
import { JsonShapeError, RecordJsonReader, type RecordJsonParts } from './record-json-reader';
import { ZipDuplicateError, ZipFormatError, ZipReader, type ZipEntry } from './zip-reader';

/** Archives larger than this are refused before they are read (a record with 25 MB documents fits many times over). */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;
/** manifest.json lists every file by name and hash: a few hundred bytes each. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/**
 * The longest single part of record.json (one session with its addenda, the formulation), in
 * characters: far above any real one (a note is at most 2 MB of editor JSON), and the most a
 * damaged or hostile archive can make the import hold at once.
 */
const MAX_PART_CHARS = 64 * 1024 * 1024;

/** The arrays of record.json that are read, checked and written item by item. */
export const STREAMED_PARTS = [
  'sessions',
  'documents',
  'formulationVersions',
  'hypotheses',
  'evidence',
  'alliance',
  'ruptures',
  'audit',
] as const;
export type StreamedPart = (typeof STREAMED_PARTS)[number];
const STREAMED = new Set<string>(STREAMED_PARTS);
export const isStreamedPart = (key: string): key is StreamedPart => STREAMED.has(key);

/** Each streamed array's item schema: the record schema's own, so checking item by item checks the same. */
const itemSchemas = Object.fromEntries(STREAMED_PARTS.map((key) => [key, recordSchema.shape[key].element])) as {
  [K in StreamedPart]: (typeof recordSchema.shape)[K]['element'];
};
export type RecordItem<K extends StreamedPart> = ClientRecord[K][number];

/** Why an archive is refused: a code the renderer translates, with the message in plain words. */
export type ArchiveProblem =
  'unreadable' | 'notRecord' | 'newerFormat' | 'changed' | 'incomplete' | 'unexpectedFile' | 'badRecord';

export const refuse = (reason: ArchiveProblem, message: string): AppError =>
  new AppError('VALIDATION', message, `archive.${reason}`);

const changedFile = (path: string) =>
  refuse(
    'changed',
    `This archive was changed or damaged after it was written: ${path} does not match its checksum. Nothing was imported.`,
  );

const schemaProblem = (where: string, issue: { path: PropertyKey[]; message: string } | undefined) =>
  refuse(
    'badRecord',
    `This archive\u2019s record does not follow the record format (${[where, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || 'record'}: ${issue?.message ?? 'invalid'}).`,
  );

/** Checks one item of a streamed array against the record schema; the parsed item, or the refusal. */
export function parseItem<K extends StreamedPart>(key: K, index: number, value: unknown): RecordItem<K> {
  const parsed = itemSchemas[key].safeParse(value);
  if (!parsed.success) throw schemaProblem(`${key}.${index}`, parsed.error.issues[0]);
  return parsed.data as RecordItem<K>;
}

/** What the first pass learned of an archive that passed every check. */
export interface VerifiedArchive {
  /** The archive, open: the second pass reads the same file, whatever happens to its name meanwhile. */
  zip: ZipReader;
  manifest: RecordManifest;
  recordEntry: ZipEntry;
  exportedAt: string;
  sourceClientId: string;
  /** Each document's metadata, by its id in the record. */
  documents: Map<string, DocumentMeta>;
  /** Every id the record gives its parts (the client's among them). */
  ids: ReadonlySet<string>;
}

/**
 * The first pass: reads an archive written by export.client and checks all of it before
 * anything is written: the manifest and its format version, every file's size and SHA-256, no
 * file the manifest does not list, record.json against the record schema part by part, each
 * document against its own checksum, and that every reference points inside the record. Reads
 * the archive in slices and keeps no file's contents: what it keeps is ids and document
 * metadata. The archive stays open for the second pass (close it with `zip.close()`).
 */
export async function verifyArchive(path: string): Promise<VerifiedArchive> {
  let zip: ZipReader;
  try {
    zip = ZipReader.open(path, MAX_ARCHIVE_BYTES);
  } catch (err) {
    if (err instanceof ZipDuplicateError) throw twice(err.entryName);
    throw unreadable();
  }
  try {
    return await verifyOpen(zip);
  } catch (err) {
    zip.close();
    throw err;
  }
}

const unreadable = () =>
  refuse(
    'unreadable',
    'Trygg could not read this file as a record archive: it is not a ZIP archive, or it is damaged.',
  );
const twice = (name: string) =>
  refuse('unexpectedFile', `This archive holds ${name} twice: it was changed after it was written.`);

async function verifyOpen(zip: ZipReader): Promise<VerifiedArchive> {
  const manifest = await readManifest(zip);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const file of manifest.files) {
    const entry = zip.entries.get(file.path);
    if (!entry)
      throw refuse('incomplete', `This archive is incomplete: ${file.path} is missing. Export the record again.`);
    if (entry.size !== file.bytes) throw changedFile(file.path);
  }
  for (const name of zip.entries.keys()) {
    if (name !== MANIFEST_FILE && !listed.has(name) && !name.endsWith('/')) {
      throw refuse(
        'unexpectedFile',
        `This archive holds a file its manifest does not list (${name}): it was changed after it was written.`,
      );
    }
  }
  const recordEntry = zip.entries.get(RECORD_FILE);
  if (!recordEntry || !listed.has(RECORD_FILE))
    throw refuse('incomplete', 'This archive is incomplete: record.json is missing.');
  if (manifest.summaryPdf?.included && !listed.has(SUMMARY_FILE))
    throw refuse('incomplete', `This archive is incomplete: ${SUMMARY_FILE} is missing.`);

  // Every listed file in the order it lies in the archive, hashed as it is read. A problem in
  // record.json is kept until its checksum is known: a changed byte is said as a change.
  const check = new RecordCheck();
  let recordProblem: unknown = null;
  const files = manifest.files
    .map((file) => ({ file, entry: zip.entries.get(file.path) as ZipEntry }))
    .sort((a, b) => a.entry.headerOffset - b.entry.headerOffset);
  for (const { file, entry } of files) {
    const hash = createHash('sha256');
    const isRecord = file.path === RECORD_FILE;
    const text = isRecord ? new RecordText(check) : null;
    try {
      await zip.read(entry, (chunk) => {
        hash.update(chunk);
        if (!text || recordProblem) return;
        try {
          text.push(chunk);
        } catch (err) {
          recordProblem = err;
        }
      });
    } catch {
      throw changedFile(file.path);
    }
    if (hash.digest('hex') !== file.sha256) throw changedFile(file.path);
    if (text && !recordProblem) {
      try {
        text.end();
      } catch (err) {
        recordProblem = err;
      }
    }
  }
  if (recordProblem) throw asRecordProblem(recordProblem);
  const record = check.finish();

  for (const meta of check.documents.values()) {
    const file = listed.get(`${DOCUMENTS_FOLDER}${meta.id}`);
    if (!file) throw refuse('incomplete', `This archive is incomplete: the document "${meta.fileName}" is missing.`);
    if (file.sha256 !== meta.sha256 || file.bytes !== meta.size) {
      throw refuse('changed', `The document "${meta.fileName}" in this archive does not match its checksum.`);
    }
  }
  return {
    zip,
    manifest,
    recordEntry,
    exportedAt: record.exportedAt,
    sourceClientId: record.source.clientId,
    documents: check.documents,
    ids: check.ids,
  };
}

async function readManifest(zip: ZipReader): Promise<RecordManifest> {
  const entry = zip.entries.get(MANIFEST_FILE);
  if (!entry) throw refuse('notRecord', 'This archive is not a Trygg client record: it has no manifest.');
  const unreadableManifest = () =>
    refuse('notRecord', 'This archive is not a Trygg client record: its manifest cannot be read.');
  if (entry.size > MAX_MANIFEST_BYTES) throw unreadableManifest();
  const chunks: Buffer[] = [];
  let json: unknown;
  try {
    await zip.read(entry, (chunk) => chunks.push(Buffer.from(chunk)));
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw unreadableManifest();
  }
  const looks = json as { format?: unknown; formatVersion?: unknown } | null;
  if (looks?.format !== RECORD_FORMAT) throw refuse('notRecord', 'This archive is not a Trygg client record.');
  if (typeof looks.formatVersion === 'number' && looks.formatVersion > RECORD_FORMAT_VERSION) {
    throw refuse(
      'newerFormat',
      `This record was written by a newer Trygg (format version ${looks.formatVersion}). Update Trygg to import it.`,
    );
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success || manifest.data.formatVersion !== RECORD_FORMAT_VERSION) {
    throw refuse(
      'notRecord',
      `This archive's manifest is not one Trygg knows (format version ${String(looks.formatVersion)}).`,
    );
  }
  return manifest.data;
}

/** Text that is not UTF-8 (TextDecoder's own error), not JSON, or not the ZIP entry it says. */
const isUnreadable = (err: unknown): err is Error =>
  err instanceof JsonShapeError ||
  err instanceof ZipFormatError ||
  (err as { code?: unknown } | null)?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';

function asRecordProblem(err: unknown): unknown {
  if (isUnreadable(err))
    return refuse('badRecord', `This archive\u2019s record.json is not valid JSON (${err.message}).`);
  return err;
}

/**
 * Bytes decoded into one string at a time: an inflated slice of text can be many times the
 * slice, and a large string lives on in the garbage collector's older spaces until it next
 * collects them; what is held for longer is one part of the record, not the slice.
 */
const TEXT_PIECE = 32 * 1024;

/** record.json's bytes as text, decoded as they come (a character may span two slices) and read part by part. */
export class RecordText {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly reader: RecordJsonReader;

  constructor(parts: RecordJsonParts) {
    this.reader = new RecordJsonReader(STREAMED, parts, MAX_PART_CHARS);
  }

  push(chunk: Uint8Array): void {
    for (let at = 0; at < chunk.length; at += TEXT_PIECE) {
      this.reader.push(this.decoder.decode(chunk.subarray(at, at + TEXT_PIECE), { stream: true }));
    }
  }

  end(): void {
    this.reader.push(this.decoder.decode());
    this.reader.end();
  }
}

/**
 * The second pass's reading of record.json, inside the import's transaction: the same parts,
 * handed to `parts` as they are read, and the file's checksum checked again at its end (the
 * archive could have been changed on disk since the first pass; then the transaction is undone).
 */
export function readRecordAgain(archive: VerifiedArchive, parts: RecordJsonParts): void {
  const hash = createHash('sha256');
  const text = new RecordText(parts);
  try {
    archive.zip.readSync(archive.recordEntry, (chunk) => {
      hash.update(chunk);
      text.push(chunk);
    });
    text.end();
  } catch (err) {
    // What the first pass read whole cannot fail to read now unless the file changed; anything
    // else (a refusal of the part's own, a write that failed) is said as itself.
    if (isUnreadable(err)) throw changedFile(RECORD_FILE);
    throw err;
  }
  const listed = archive.manifest.files.find((f) => f.path === RECORD_FILE);
  if (hash.digest('hex') !== listed?.sha256) throw changedFile(RECORD_FILE);
}

/**
 * Reads documents whole, each into the same buffer (sized for the largest), and checks each
 * against its checksum. The bytes answered are valid until the next document is read: SQLite
 * copies what it is given, and a buffer per document would stay in memory until the garbage
 * collector ran, which it need not do inside the import's one synchronous transaction.
 */
export class DocumentReader {
  private buffer: Buffer | null = null;

  constructor(private readonly archive: VerifiedArchive) {}

  read(meta: DocumentMeta): Buffer {
    const path = `${DOCUMENTS_FOLDER}${meta.id}`;
    const entry = this.archive.zip.entries.get(path);
    if (!entry || entry.size !== meta.size) throw changedFile(path);
    if (!this.buffer || this.buffer.length < meta.size) {
      this.buffer = null;
      let largest = meta.size;
      for (const d of this.archive.documents.values()) largest = Math.max(largest, d.size);
      this.buffer = Buffer.allocUnsafe(largest);
    }
    const bytes = this.buffer.subarray(0, meta.size);
    let at = 0;
    try {
      this.archive.zip.readSync(entry, (chunk) => {
        bytes.set(chunk, at);
        at += chunk.length;
      });
    } catch {
      throw changedFile(path);
    }
    if (at !== meta.size || createHash('sha256').update(bytes).digest('hex') !== meta.sha256) throw changedFile(path);
    return bytes;
  }
}

/**
 * The first pass's view of record.json: every part checked against the schema as it is read,
 * and what the references are checked against at the end (ids, and the ids each part points to),
 * never the parts themselves but for the small top-level ones and the documents' metadata.
 */
class RecordCheck implements RecordJsonParts {
  private readonly members: Record<string, unknown> = {};
  private readonly arrays = new Set<string>();
  readonly documents = new Map<string, DocumentMeta>();
  private readonly sessions = new Set<string>();
  private readonly hypotheses = new Set<string>();
  readonly ids = new Set<string>();
  private readonly owners = new Set<string>();
  /** Each id pointed to, with what points to it (for the message). */
  private readonly sessionRefs = new Map<string, string>();
  private readonly hypothesisRefs = new Map<string, string>();

  member(key: string, value: unknown): void {
    this.members[key] = value;
  }

  array(key: string): void {
    this.arrays.add(key);
  }

  item(key: string, index: number, value: unknown): void {
    if (!isStreamedPart(key)) return;
    this.note(key, parseItem(key, index, value));
  }

  private unique(id: string, what: string): void {
    if (this.ids.has(id)) throw this.bad(`${what} appears twice`);
    this.ids.add(id);
  }

  private bad(what: string) {
    return refuse('badRecord', `This archive's record does not hold together: ${what}.`);
  }

  private note(key: StreamedPart, item: RecordItem<StreamedPart>): void {
    const refer = (map: Map<string, string>, id: string | null, what: string) => {
      if (id !== null && !map.has(id)) map.set(id, what);
    };
    switch (key) {
      case 'sessions': {
        const s = item as RecordItem<'sessions'>;
        this.unique(s.id, 'a session');
        this.sessions.add(s.id);
        this.owners.add(s.clientId);
        for (const a of s.addenda) {
          this.unique(a.id, 'an addendum');
          if (a.sessionId !== s.id) throw this.bad('an addendum belongs to another session');
        }
        break;
      }
      case 'documents': {
        const d = item as RecordItem<'documents'>;
        this.unique(d.id, 'a document');
        this.owners.add(d.clientId);
        refer(this.sessionRefs, d.sessionId, 'a document refers to a session it does not hold');
        this.documents.set(d.id, d);
        break;
      }
      case 'formulationVersions':
        this.unique((item as RecordItem<'formulationVersions'>).id, 'a formulation version');
        break;
      case 'hypotheses': {
        const h = item as RecordItem<'hypotheses'>;
        this.unique(h.id, 'a hypothesis');
        this.hypotheses.add(h.id);
        break;
      }
      case 'evidence': {
        const e = item as RecordItem<'evidence'>;
        this.unique(e.id, 'a passage');
        refer(this.sessionRefs, e.sessionId, 'a passage refers to a session or hypothesis it does not hold');
        refer(this.hypothesisRefs, e.hypothesisId, 'a passage refers to a session or hypothesis it does not hold');
        break;
      }
      case 'alliance':
        refer(
          this.sessionRefs,
          (item as RecordItem<'alliance'>).sessionId,
          'a rating refers to a session it does not hold',
        );
        break;
      case 'ruptures': {
        const x = item as RecordItem<'ruptures'>;
        this.unique(x.id, 'a rupture');
        refer(this.sessionRefs, x.sessionId, 'a rupture refers to a session it does not hold');
        refer(this.sessionRefs, x.resolvedSessionId, 'a rupture refers to a session it does not hold');
        for (const step of x.steps)
          refer(this.sessionRefs, step.sessionId, 'a step of repair refers to a session it does not hold');
        break;
      }
      case 'audit':
        break;
    }
  }

  /** The top level against the schema (every streamed array there, as an array), then every reference. */
  finish(): Pick<ClientRecord, 'exportedAt' | 'source' | 'client'> {
    const top = { ...this.members, ...Object.fromEntries([...this.arrays].map((key) => [key, []])) };
    const parsed = recordSchema.safeParse(top);
    if (!parsed.success) throw schemaProblem('', parsed.error.issues[0]);
    const { client, source } = parsed.data;
    if (source.clientId !== client.id) throw this.bad('it names another client than the one it holds');
    for (const owner of this.owners) {
      if (owner !== client.id) throw this.bad('a session or document belongs to another client');
    }
    for (const [id, what] of this.sessionRefs) if (!this.sessions.has(id)) throw this.bad(what);
    for (const [id, what] of this.hypothesisRefs) if (!this.hypotheses.has(id)) throw this.bad(what);
    this.unique(client.id, 'the client');
    return parsed.data;
  }
}

/** New ids for everything the record holds, so nothing in this vault is ever overwritten. */
export class IdMap {
  private readonly ids = new Map<string, string>();

  /** `recordIds`: the ids the record gives its parts, which `known` maps whenever they come. */
  constructor(private readonly recordIds: ReadonlySet<string>) {}

  of(old: string): string {
    let id = this.ids.get(old);
    if (!id) {
      id = randomUUID();
      this.ids.set(old, id);
    }
    return id;
  }

  /** The new id when the old one is the record's, else the old one unchanged (audit details). */
  known(old: string): string {
    return this.recordIds.has(old) ? this.of(old) : old;
  }
}
