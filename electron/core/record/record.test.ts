import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Unzip, UnzipInflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { PNG_1x1, noteDoc, tinyPdf } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, hashStoredData, useTempDirs } from '../../../tests/support/temp-dir';
import { ZipReader } from './zip-reader';

const tempDir = useTempDirs();

/** A client with one of everything a record holds. */
async function fullClient(c: ReturnType<typeof testCore>) {
  const client = await c.ok('clients.create', {
    name: 'Eksport Klient',
    pseudonym: 'EK-7',
    email: 'ek@eksempel.invalid',
    phone: '+45 00 00 00 00',
    tags: ['par'],
  });
  const first = await c.ok('sessions.create', {
    clientId: client.id,
    startsAt: '2026-01-05T09:00:00.000Z',
    doc: noteDoc('Hun trak sig, da vi talte om moren.'),
  });
  await c.ok('sessions.sign', { id: first.id });
  await c.ok('sessions.addAddendum', { id: first.id, doc: noteDoc('Rettelse: det var faren.') });
  const second = await c.ok('sessions.create', {
    clientId: client.id,
    startsAt: '2026-01-12T09:00:00.000Z',
    doc: noteDoc('Mere åben i dag. Vi talte om afvisning.'),
  });
  await c.ok('documents.add', {
    clientId: client.id,
    sessionId: first.id,
    fileName: 'samtykke.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  await c.ok('documents.add', {
    clientId: client.id,
    fileName: 'brev.pdf',
    mimeType: 'application/pdf',
    dataBase64: tinyPdf('brev').toString('base64'),
  });
  await c.ok('formulations.save', {
    clientId: client.id,
    sections: { viewOfSelf: noteDoc('Ikke værd at elske.') },
    revision: 0,
  });
  await c.ok('formulations.recordVersion', { clientId: client.id, name: 'Efter udredning' });
  const h = await c.ok('hypotheses.create', {
    clientId: client.id,
    date: '2026-01-06',
    anxiety: 2.5,
    avoidance: 6,
    pattern: 'avoidant',
    confidence: 'moderate',
    indicators: ['avo.closeness'],
  });
  await c.ok('evidence.link', {
    sessionId: first.id,
    quote: { exact: 'trak sig' },
    hypothesisId: h.id,
    comment: 'Tilbagetrækning',
  });
  await c.ok('evidence.link', {
    sessionId: second.id,
    quote: { exact: 'afvisning' },
    formulationSection: 'viewOfSelf',
  });
  await c.ok('alliance.record', { sessionId: first.id, goal: 4, task: 3, bond: 5, reflection: 'Jeg pressede.' });
  const rupture = await c.ok('ruptures.create', {
    sessionId: first.id,
    type: 'withdrawal',
    intensity: 3,
    markers: ['wd.minimal'],
    quote: { exact: 'trak sig' },
  });
  await c.ok('ruptures.update', { id: rupture.id, outcome: 'resolved', resolvedSessionId: second.id });
  return client;
}

/** Everything of a record but ids, and the log entries an export or import itself adds. */
function comparable(record: Record<string, unknown>): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(
            ([k]) => !/^(id|clientId|sessionId|hypothesisId|resolvedSessionId|entityId|exportedAt|source)$/.test(k),
          )
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  const audit = (record.audit as Array<{ detail: string; action: string }>).filter(
    (e) => e.action !== 'export' && !e.detail.startsWith('imported from'),
  );
  return strip({ ...record, audit });
}

/** A new vault in dir holding fullClient, and where its archive is to go. */
async function vaultWithClient(dir: string, archive: string) {
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await fullClient(c);
  return { c, client, path: join(dir, archive) };
}

async function exported(dir: string) {
  const { c, client, path } = await vaultWithClient(dir, 'eksport.zip');
  const result = await c.ok('export.client', { clientId: client.id, path });
  return { c, client, path, result };
}

const recordOf = (path: string) =>
  JSON.parse(strFromU8(unzipSync(readFileSync(path))['record.json'] as Uint8Array)) as Record<string, unknown>;

/** Rewrites one archive with a change, keeping or fixing its manifest. */
function tampered(path: string, change: (files: Record<string, Uint8Array>) => void): string {
  const files = unzipSync(readFileSync(path));
  change(files);
  const out = `${path}.tampered-${Math.random().toString(36).slice(2)}.zip`;
  writeFileSync(out, zipSync(files));
  return out;
}
const manifestOf = (files: Record<string, Uint8Array>) =>
  JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as {
    formatVersion: number;
    files: Array<{ path: string; sha256: string; bytes: number }>;
  };

describe('a client’s record out and in', () => {
  it('imports into a fresh vault as the same client: all equal but ids, references intact, documents byte for byte', async () => {
    const { c, path, result } = await exported(tempDir());
    expect(result.files).toBe(4); // record.json, two documents, manifest.json
    c.close();

    const dir2 = tempDir();
    const other = testCore(dir2);
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const { clientId } = await other.ok('import.client', { path });
    const again = join(dir2, 'igen.zip');
    await other.ok('export.client', { clientId, path: again });
    const [before, after] = [recordOf(path), recordOf(again)];
    expect(comparable(after)).toEqual(comparable(before));

    // References remapped, not dangling; signed stays signed with its time.
    const sessions = await other.ok('sessions.list', { clientId });
    const signed = sessions.find((s) => s.signedAt !== null);
    expect(signed?.signedAt).toBe((before.sessions as Array<{ signedAt: string | null }>)[0]?.signedAt);
    expect((await other.fails('sessions.saveNote', { id: signed!.id, doc: noteDoc('x'), revision: 1 })).code).toBe(
      'SIGNED',
    );
    const evidence = await other.ok('evidence.list', { clientId });
    expect(evidence.map((e) => e.sessionId).every((id) => sessions.some((s) => s.id === id))).toBe(true);
    expect(evidence.find((e) => e.hypothesisId !== null)?.position).not.toBeNull();
    const [rupture] = await other.ok('ruptures.list', { clientId });
    expect(sessions.map((s) => s.id)).toContain(rupture?.resolvedSessionId);
    const docs = await other.ok('documents.list', { clientId });
    const png = await other.ok('documents.get', { id: docs.find((d) => d.fileName === 'samtykke.png')!.id });
    expect(Buffer.from(png.dataBase64, 'base64').equals(PNG_1x1)).toBe(true);
    expect((await other.ok('search.query', { q: 'afvisning', clientId })).total).toBeGreaterThan(0);
    other.close();
  });

  it('refuses the same client twice unless it is imported as a copy', async () => {
    const { c, path } = await exported(tempDir());
    const refused = await c.fails('import.client', { path });
    expect(refused).toMatchObject({ code: 'VALIDATION', reason: 'archive.alreadyImported' });
    const copy = await c.ok('import.client', { path, asCopy: true });
    expect((await c.ok('clients.list', {})).filter((x) => x.name === 'Eksport Klient').map((x) => x.id)).toContain(
      copy.clientId,
    );
    c.close();
  });

  it.each([
    [
      'a changed byte',
      'archive.changed',
      (f: Record<string, Uint8Array>) => {
        const record = f['record.json'] as Uint8Array;
        record[record.length - 5] = (record[record.length - 5] as number) ^ 1;
      },
    ],
    [
      'a missing file',
      'archive.incomplete',
      (f: Record<string, Uint8Array>) => {
        delete f[Object.keys(f).find((k) => k.startsWith('documents/')) as string];
      },
    ],
    [
      'an unknown format version',
      'archive.newerFormat',
      (f: Record<string, Uint8Array>) => {
        f['manifest.json'] = strToU8(JSON.stringify({ ...manifestOf(f), formatVersion: 2 }));
      },
    ],
    [
      'a record that fails the schema',
      'archive.badRecord',
      (f: Record<string, Uint8Array>) => {
        const record = JSON.parse(strFromU8(f['record.json'] as Uint8Array)) as {
          hypotheses: Array<{ anxiety: number }>;
        };
        record.hypotheses[0]!.anxiety = 9;
        const bytes = strToU8(JSON.stringify(record));
        f['record.json'] = bytes;
        const manifest = manifestOf(f);
        const entry = manifest.files.find((x) => x.path === 'record.json')!;
        entry.bytes = bytes.length;
        entry.sha256 = createHash('sha256').update(bytes).digest('hex');
        f['manifest.json'] = strToU8(JSON.stringify(manifest));
      },
    ],
    [
      'a file the manifest does not list',
      'archive.unexpectedFile',
      (f: Record<string, Uint8Array>) => {
        f['extra.txt'] = strToU8('hej');
      },
    ],
  ])('refuses an archive with %s, in plain words, writing nothing', async (_what, reason, change) => {
    const dir = tempDir();
    const { c, path } = await exported(dir);
    c.close();
    const dir2 = tempDir();
    const other = testCore(dir2);
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const bad = tampered(path, change);
    const before = hashStoredData(dir2);
    const error = await other.fails('import.client', { path: bad });
    expect(error).toMatchObject({ code: 'VALIDATION', reason });
    expect(error.message).not.toMatch(/zod|undefined|\[object/i);
    expect(hashStoredData(dir2)).toEqual(before);
    expect(await other.ok('clients.list', {})).toEqual([]);
    other.close();
  });

  it('never overwrites a file, and a refused export leaves nothing behind', async () => {
    const { c, client, path } = await exported(tempDir());
    const size = readFileSync(path).length;
    expect((await c.fails('export.client', { clientId: client.id, path })).code).toBe('VALIDATION');
    expect(readFileSync(path).length).toBe(size);
    c.close();
  });

  it('says where an archive cannot be written or read, in plain words, never as an internal error', async () => {
    const { c, client, path } = await exported(tempDir());
    const folder = tempDir();
    // Under a file, in a folder that does not exist, or with an unfinished export in the way.
    writeFileSync(join(folder, 'unfinished.zip.partial'), 'x');
    for (const target of [join(path, 'out.zip'), join(folder, 'missing', 'out.zip'), join(folder, 'unfinished.zip')]) {
      expect(await c.fails('export.client', { clientId: client.id, path: target })).toMatchObject({
        code: 'VALIDATION',
        reason: 'exportUnwritable',
      });
    }
    // A folder, or a pipe (which would hold the core until something wrote to it), as the archive.
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    for (const source of [folder, pipe]) {
      expect((await c.fails('import.client', { path: source })).code).toBe('VALIDATION');
    }
    c.close();
  });

  it('writes every export and import to the audit log', async () => {
    const { c, client, path } = await exported(tempDir());
    const copy = await c.ok('import.client', { path, asCopy: true });
    const [exportEntry] = (await c.ok('audit.list', { clientId: client.id, limit: 1 })).entries;
    expect(exportEntry).toMatchObject({ action: 'export', entity: 'client' });
    const [importEntry] = (await c.ok('audit.list', { clientId: copy.clientId, limit: 1 })).entries;
    expect(importEntry).toMatchObject({ action: 'create', entity: 'client' });
    expect(importEntry?.detail).toMatch(/^imported from .* as a copy/);
    c.close();
  });
});

describe('summary.pdf in the archive', () => {
  const pdf = tinyPdf('sammenfatning');
  const filesOf = (path: string) => unzipSync(readFileSync(path));
  const manifestIn = (files: Record<string, Uint8Array>) =>
    JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as {
      files: Array<{ path: string; sha256: string; bytes: number }>;
      summaryPdf?: { included: boolean; note?: string };
    };

  it('holds the case summary PDF when its bytes are given, listed with its SHA-256, and imports', async () => {
    const dir = tempDir();
    const { c, client, path } = await vaultWithClient(dir, 'med-pdf.zip');
    const result = await c.ok('export.client', {
      clientId: client.id,
      path,
      summaryPdfBase64: pdf.toString('base64'),
    });
    expect(result).toMatchObject({ files: 5, summaryPdf: true });
    const files = filesOf(path);
    expect(Buffer.from(files['summary.pdf'] as Uint8Array).equals(pdf)).toBe(true);
    const manifest = manifestIn(files);
    expect(manifest.summaryPdf).toEqual({ included: true });
    expect(manifest.files.find((f) => f.path === 'summary.pdf')).toEqual({
      path: 'summary.pdf',
      bytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const [entry] = (await c.ok('audit.list', { clientId: client.id, limit: 1 })).entries;
    expect(entry?.detail).toMatch(/with the case summary PDF/);
    c.close();

    // The summary is made from the record again wherever it lands: checked, not stored.
    const other = testCore(tempDir());
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const { clientId } = await other.ok('import.client', { path });
    expect((await other.ok('documents.list', { clientId })).map((d) => d.fileName).sort()).toEqual([
      'brev.pdf',
      'samtykke.png',
    ]);
    other.close();
  });

  it('says in the manifest that the PDF was not made when no bytes are given (the web host)', async () => {
    const { c, path, result } = await exported(tempDir());
    expect(result.summaryPdf).toBe(false);
    const files = filesOf(path);
    expect(files['summary.pdf']).toBeUndefined();
    expect(manifestIn(files).summaryPdf).toEqual({ included: false, note: expect.stringContaining('summary.pdf') });
    c.close();
  });

  it('refuses bytes that are not a PDF, or too many, with a clear error, writing nothing', async () => {
    const dir = tempDir();
    const { c, client, path } = await vaultWithClient(dir, 'uden.zip');
    const notPdf = await c.fails('export.client', {
      clientId: client.id,
      path,
      summaryPdfBase64: PNG_1x1.toString('base64'),
    });
    expect(notPdf.code).toBe('VALIDATION');
    expect(JSON.stringify(notPdf)).toMatch(/not a PDF/);
    const notBase64 = await c.fails('export.client', { clientId: client.id, path, summaryPdfBase64: '%PDF-1.4 ..' });
    expect(notBase64.code).toBe('VALIDATION');
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(50 * 1024 * 1024)]);
    const tooLarge = await c.fails('export.client', {
      clientId: client.id,
      path,
      summaryPdfBase64: huge.toString('base64'),
    });
    expect(tooLarge.code).toBe('VALIDATION');
    expect(JSON.stringify(tooLarge)).toMatch(/too large/);
    expect(existsSync(path)).toBe(false);
    c.close();
  });

  it('refuses an archive whose summary.pdf has a changed byte, or is missing though the manifest says it is there', async () => {
    const dir = tempDir();
    const { c, client, path } = await vaultWithClient(dir, 'med-pdf.zip');
    await c.ok('export.client', { clientId: client.id, path, summaryPdfBase64: pdf.toString('base64') });
    c.close();
    const other = testCore(tempDir());
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const changedPdf = tampered(path, (f) => {
      const bytes = f['summary.pdf'] as Uint8Array;
      bytes[20] = (bytes[20] as number) ^ 1;
    });
    expect(await other.fails('import.client', { path: changedPdf })).toMatchObject({
      code: 'VALIDATION',
      reason: 'archive.changed',
      message: expect.stringContaining('summary.pdf'),
    });
    const unlisted = tampered(path, (f) => {
      delete f['summary.pdf'];
      const manifest = manifestIn(f);
      manifest.files = manifest.files.filter((x) => x.path !== 'summary.pdf');
      f['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    expect(await other.fails('import.client', { path: unlisted })).toMatchObject({ reason: 'archive.incomplete' });
    expect(await other.ok('clients.list', {})).toEqual([]);
    other.close();
  });
});

describe('reading an archive', () => {
  it('writes record.json laid out as JSON.stringify(record, null, 2) would, one part at a time', async () => {
    const { c, path } = await exported(tempDir());
    const text = strFromU8(unzipSync(readFileSync(path))['record.json'] as Uint8Array);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
    c.close();
  });

  it('imports a record.json laid out and ordered otherwise (any valid JSON of the format)', async () => {
    const { c, path } = await exported(tempDir());
    c.close();
    const reordered = tampered(path, (f) => {
      const record = JSON.parse(strFromU8(f['record.json'] as Uint8Array)) as Record<string, unknown>;
      const reversed = Object.fromEntries(Object.entries(record).reverse());
      const bytes = strToU8(JSON.stringify(reversed));
      f['record.json'] = bytes;
      const manifest = manifestOf(f);
      const entry = manifest.files.find((x) => x.path === 'record.json')!;
      entry.bytes = bytes.length;
      entry.sha256 = createHash('sha256').update(bytes).digest('hex');
      f['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    const dir2 = tempDir();
    const other = testCore(dir2);
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const { clientId } = await other.ok('import.client', { path: reordered });
    const again = join(dir2, 'igen.zip');
    await other.ok('export.client', { clientId, path: again });
    expect(comparable(recordOf(again))).toEqual(comparable(recordOf(path)));
    other.close();
  });

  it('reads a document whose bytes hold ZIP signatures whole (a streaming unzip would cut it there)', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Signatur Klient' });
    const signatures = Buffer.from([0x50, 0x4b, 0x07, 0x08, 0x50, 0x4b, 0x03, 0x04, 0x50, 0x4b, 0x01, 0x02]);
    const scan = Buffer.concat([tinyPdf('scan'), signatures, Buffer.alloc(70_000, 1), signatures]);
    await c.ok('documents.add', {
      clientId: client.id,
      fileName: 'scan.pdf',
      mimeType: 'application/pdf',
      dataBase64: scan.toString('base64'),
    });
    const path = join(dir, 'signaturer.zip');
    await c.ok('export.client', { clientId: client.id, path });

    // fflate's streaming Unzip takes the first signature for the end of the entry.
    const streamed: Record<string, number> = {};
    const unzip = new Unzip((file) => {
      let size = 0;
      file.ondata = (_err, chunk, final) => {
        size += chunk.length;
        if (final) streamed[file.name] = size;
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.push(readFileSync(path), true);
    expect(Object.entries(streamed).find(([name]) => name.startsWith('documents/'))?.[1]).toBeLessThan(scan.length);

    const other = testCore(tempDir());
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const { clientId } = await other.ok('import.client', { path });
    const [doc] = await other.ok('documents.list', { clientId });
    const back = await other.ok('documents.get', { id: doc!.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(scan)).toBe(true);
    c.close();
    other.close();
  });

  it('undoes the whole import when the archive changes on disk between the check and the writing', async () => {
    const { c, path } = await exported(tempDir());
    c.close();
    const dir2 = tempDir();
    const other = testCore(dir2);
    await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const archive = readFileSync(path);
    const at = archive.indexOf(PNG_1x1);
    // The second pass reads record.json first: by then the check is done, and the PNG is changed.
    const original = ZipReader.prototype.readSync;
    let first = true;
    ZipReader.prototype.readSync = function (this: ZipReader, ...args: Parameters<ZipReader['readSync']>) {
      if (first) {
        first = false;
        const fd = openSync(path, 'r+');
        writeSync(fd, Buffer.from([(archive[at + 30] as number) ^ 1]), 0, 1, at + 30);
        closeSync(fd);
      }
      return original.apply(this, args);
    };
    try {
      expect(await other.fails('import.client', { path })).toMatchObject({ reason: 'archive.changed' });
    } finally {
      ZipReader.prototype.readSync = original;
    }
    expect(await other.ok('clients.list', {})).toEqual([]);
    expect((await other.ok('search.query', { q: 'afvisning' })).total).toBe(0);
    other.close();
  });
});

describe('the case summary', () => {
  it('with pseudonyms, holds neither the real name nor the contact details', async () => {
    const c = testCore(tempDir());
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await fullClient(c);
    const summary = await c.ok('summary.get', {
      clientId: client.id,
      options: { notes: 'full', names: 'pseudonym', contact: true },
    });
    const text = JSON.stringify(summary);
    for (const secret of ['Eksport Klient', 'ek@eksempel.invalid', '+45 00 00 00 00'])
      expect(text).not.toContain(secret);
    expect(summary.client.label).toBe('EK-7');
    const named = await c.ok('summary.get', {
      clientId: client.id,
      options: { notes: 'excerpts', names: 'name', contact: true },
    });
    expect(named.client).toMatchObject({ label: 'Eksport Klient', contact: { email: 'ek@eksempel.invalid' } });
    expect(named.sessions?.map((s) => [s.signedAt !== null, s.excerpt !== undefined, s.doc === undefined])).toEqual([
      [true, true, true],
      [false, true, true],
    ]);
    const period = await c.ok('summary.get', {
      clientId: client.id,
      options: { notes: 'list', names: 'name', contact: false, from: '2026-01-10', sections: ['sessions'] },
    });
    expect(period.sessions).toHaveLength(1);
    expect(period.formulation).toBeNull();
    expect(period.client.contact).toBeUndefined();
    await c.ok('summary.recordOutput', { clientId: client.id, kind: 'pdf', options: period.options });
    const [entry] = (await c.ok('audit.list', { clientId: client.id, limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'print', detail: expect.stringContaining('PDF: notes=list') });
    c.close();
  });
});
