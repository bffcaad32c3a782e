import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore } from '../../tests/support/core-client';
import { PNG_1x1, noteDoc } from '../../tests/support/fixtures';
import { exchangeLinkToken } from '../../tests/support/page-token';
import { STRONG_PASSPHRASE, useTempDirs } from '../../tests/support/temp-dir';
import { startWebHost, type WebHost } from './server';
import { downloadName } from './record-transfer';

const tempDir = useTempDirs();
let host: WebHost;
let pageToken: string;
let core: ReturnType<typeof testCore>;
let transferRoot: string;
let clientId: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(
  path: string,
  options: { headers?: Record<string, string>; body?: Uint8Array; method?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const bearer = () => ({ Authorization: `Bearer ${pageToken}` });
const zipHeaders = () => ({ ...bearer(), 'Content-Type': 'application/zip' });
const json = (reply: Reply) =>
  JSON.parse(reply.body.toString('utf8')) as {
    ok: boolean;
    value?: { clientId: string };
    error?: { code: string; reason?: string };
  };
const leftBehind = () => readdirSync(transferRoot);

async function exportArchive(): Promise<Buffer> {
  const reply = await send(`/export/${clientId}?name=EK-7-record-2026-01-12.zip`, { headers: bearer() });
  expect(reply.status).toBe(200);
  return reply.body;
}

beforeEach(async () => {
  core = testCore(tempDir());
  await core.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await core.ok('clients.create', { name: 'Eksport Klient', pseudonym: 'EK-7' });
  clientId = client.id;
  const session = await core.ok('sessions.create', {
    clientId,
    startsAt: '2026-01-05T09:00:00.000Z',
    doc: noteDoc('Hun trak sig.'),
  });
  await core.ok('sessions.sign', { id: session.id });
  await core.ok('documents.add', {
    clientId,
    fileName: 'samtykke.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  transferRoot = tempDir();
  const rendererDir = tempDir();
  host = await startWebHost({
    dispatch: core.core.dispatch,
    subscribe: () => () => undefined,
    rendererDir,
    port: 0,
    transferTempRoot: transferRoot,
    maxImportBytes: 64 * 1024,
  });
  pageToken = await exchangeLinkToken(`http://127.0.0.1:${host.port}`, host.token);
});
afterEach(async () => {
  await host.close();
  core.close();
});

describe('a client’s record through the web host', () => {
  it('exports as a download, and leaves no file behind', async () => {
    const reply = await send(`/export/${clientId}?name=${encodeURIComponent('Søren Ærø/../record.zip')}`, {
      headers: bearer(),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/zip');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="Sren r-..-record.zip"; filename*=UTF-8''${encodeURIComponent('Søren Ærø-..-record.zip')}`,
    );
    expect(reply.headers['content-security-policy']).toBeDefined();
    const files = unzipSync(new Uint8Array(reply.body));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['record.json', 'manifest.json']));
    expect(JSON.parse(strFromU8(files['record.json']!))).toMatchObject({ client: { pseudonym: 'EK-7' } });
    expect(leftBehind()).toEqual([]);
  });

  it('answers a refused export as a Result, not a download', async () => {
    const reply = await send('/export/00000000-0000-4000-8000-000000000000', { headers: bearer() });
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(leftBehind()).toEqual([]);
  });

  it('needs the token and our own origin for both, and POST', async () => {
    const archive = await exportArchive();
    expect((await send(`/export/${clientId}`)).status).toBe(401);
    expect((await send(`/export/${clientId}`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await send('/import', { headers: { 'Content-Type': 'application/zip' }, body: archive })).status).toBe(401);
    const foreign = { ...zipHeaders(), Origin: 'https://evil.example' };
    expect((await send('/import', { headers: foreign, body: archive })).status).toBe(403);
    expect(
      (await send(`/export/${clientId}`, { headers: { ...bearer(), Origin: 'https://evil.example' } })).status,
    ).toBe(403);
    expect((await send(`/export/${clientId}`, { headers: bearer(), method: 'GET' })).status).toBe(405);
    expect((await core.ok('clients.list', {})).length).toBe(1);
    expect(leftBehind()).toEqual([]);
  });

  it('imports an archive sent as the body: the same client is refused, a copy is taken', async () => {
    const archive = await exportArchive();
    const again = await send('/import', { headers: zipHeaders(), body: archive });
    expect(again.status).toBe(200);
    expect(json(again)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'archive.alreadyImported' } });

    const copy = await send('/import?asCopy=1', { headers: zipHeaders(), body: archive });
    expect(copy.status).toBe(200);
    const answer = json(copy);
    expect(answer.ok).toBe(true);
    expect(answer.value?.clientId).not.toBe(clientId);
    expect(await core.ok('documents.list', { clientId: answer.value!.clientId })).toHaveLength(1);
    expect(leftBehind()).toEqual([]);
  });

  it('refuses a changed archive, another content type and a body over the limit, leaving nothing behind', async () => {
    const files = unzipSync(new Uint8Array(await exportArchive()));
    const record = files['record.json']!;
    record[10] = record[10]! ^ 1;
    const tampered = await send('/import?asCopy=1', { headers: zipHeaders(), body: zipSync(files) });
    expect(json(tampered)).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'archive.changed' } });

    const wrongType = await send('/import', {
      headers: { ...bearer(), 'Content-Type': 'application/json' },
      body: new Uint8Array(4),
    });
    expect(wrongType.status).toBe(415);

    const big = new Uint8Array(64 * 1024 + 1);
    expect((await send('/import', { headers: zipHeaders(), body: big })).status).toBe(413);
    // Without a length given first, the limit stops the body as it arrives.
    const chunked = { ...zipHeaders(), 'Transfer-Encoding': 'chunked' };
    expect((await send('/import', { headers: chunked, body: big })).status).toBe(413);
    expect((await core.ok('clients.list', {})).length).toBe(1);
    expect(leftBehind()).toEqual([]);
  });

  it('names the download safely', () => {
    expect(downloadName('Kari Nordmann-record-2026-01-12.zip')).toBe('Kari Nordmann-record-2026-01-12.zip');
    expect(downloadName('Søren Ærø.zip')).toBe('Søren Ærø.zip');
    expect(downloadName('a/b\\c"d\u0000.ZIP')).toBe('a-b-c-d-.zip');
    expect(downloadName('..')).toBe('trygg-record.zip');
    expect(downloadName(null)).toBe('trygg-record.zip');
  });
});
