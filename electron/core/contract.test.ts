import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it, afterAll, afterEach, beforeAll } from 'vitest';
import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import { MAX_PASSPHRASE_LENGTH, MAX_SHORT_TEXT } from '@shared/api/limits';
import { testCore } from '../../tests/support/core-client';
import { PNG_1x1, noteDoc } from '../../tests/support/fixtures';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, hashStoredData, useTempDirs } from '../../tests/support/temp-dir';

const tempDir = useTempDirs();
let closeCore: (() => void) | undefined;
afterEach(() => closeCore?.());

/** A vault with one of everything, so each method has something real to act on. */
async function unlockedCore() {
  const dir = tempDir();
  const c = testCore(dir);
  closeCore = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('settings.update', { practiceName: 'Klinik Havblik' });
  const client = await c.ok('clients.create', { name: 'Testperson Ålesund', pseudonym: 'K-01' });
  const draft = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Første samtale.') });
  const signed = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Anden samtale.') });
  await c.ok('sessions.sign', { id: signed.id });
  const addendum = await c.ok('sessions.addAddendum', { id: signed.id, doc: noteDoc('Rettelse: datoen var forkert.') });
  const document = await c.ok('documents.add', {
    clientId: client.id,
    fileName: 'samtykke.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  const template = await c.ok('templates.save', { name: 'Indledende samtale', doc: noteDoc('Baggrund') });
  const hypothesis = await c.ok('hypotheses.create', {
    clientId: client.id,
    date: '2026-01-10',
    anxiety: 2,
    avoidance: 5.5,
    pattern: 'avoidant',
    confidence: 'moderate',
  });
  await c.ok('formulations.save', {
    clientId: client.id,
    sections: { presentingProblems: noteDoc('Søvnbesvær og uro.') },
    revision: 0,
  });
  const version = await c.ok('formulations.recordVersion', { clientId: client.id, name: 'Efter udredning' });
  const evidence = await c.ok('evidence.link', {
    sessionId: signed.id,
    quote: { exact: 'Anden samtale' },
    hypothesisId: hypothesis.id,
  });
  await c.ok('alliance.record', { sessionId: signed.id, goal: 5, task: 4, bond: 6 });
  const rupture = await c.ok('ruptures.create', {
    sessionId: signed.id,
    type: 'withdrawal',
    intensity: 2,
    markers: ['wd.minimal'],
    quote: { exact: 'Anden samtale' },
  });
  const ids = {
    clientId: client.id,
    draftId: draft.id,
    signedId: signed.id,
    addendumId: addendum.id,
    documentId: document.id,
    templateId: template.id,
    hypothesisId: hypothesis.id,
    versionId: version.id,
    evidenceId: evidence.id,
    ruptureId: rupture.id,
    exportPath: join(dir, 'contract-export.zip'),
  };
  return { dir, ids, ...c };
}
type Ids = Awaited<ReturnType<typeof unlockedCore>>['ids'];
const MISSING = '00000000-0000-4000-8000-000000000000';

/** A record archive from another vault, for import.client. */
let archiveDir = '';
const archivePath = () => join(archiveDir, 'record.zip');
beforeAll(async () => {
  archiveDir = mkdtempSync(join(tmpdir(), 'trygg-contract-archive-'));
  const source = testCore(join(archiveDir, 'vault'));
  await source.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await source.ok('clients.create', { name: 'Arkiv Klient' });
  await source.ok('sessions.create', { clientId: client.id, doc: noteDoc('Fra et andet hvælv.') });
  await source.ok('export.client', { clientId: client.id, path: archivePath() });
  source.close();
});
afterAll(() => rmSync(archiveDir, { recursive: true, force: true }));

const SUMMARY_OPTIONS = { notes: 'excerpts', names: 'pseudonym', contact: true } as const;

const tooLong = (n: number) => 'ø'.repeat(n + 1);

/** Inputs every method must refuse, whatever its schema. */
const NOT_AN_OBJECT: unknown[] = [null, 42, 'vault', [], true];

const bigDoc = () => noteDoc('ord '.repeat(800_000));
const deepDoc = () => {
  let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'dybt' }] };
  for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
};
/** Malformed documents a note must never be saved as. */
const BAD_DOCS = [
  null,
  'tekst',
  { type: 'doc' },
  { type: 'doc', content: [] },
  { type: 'paragraph', content: [] },
  { type: 'doc', content: [{ type: 'script', content: [] }] },
  {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'onclick' }] }] }],
  },
  { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
  { type: 'doc', content: [{ type: 'paragraph', html: '<b>x</b>' }] },
];

/** Per method: wrong types, missing fields, unknown fields, oversize strings. */
const BAD_INPUTS: Record<MethodName, (ids: Ids) => unknown[]> = {
  'vault.status': () => [{ extra: 1 }],
  'vault.lock': () => [{ now: true }],
  'vault.touch': () => [{ at: 1 }],
  'vault.create': () => [
    {},
    { passphrase: 12345678901234 },
    { passphrase: '' },
    { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) },
    { passphrase: OTHER_STRONG_PASSPHRASE, confirm: OTHER_STRONG_PASSPHRASE },
    { passphrase: `${OTHER_STRONG_PASSPHRASE}\u0000` },
    { passphrase: `lantern\totter velvet quarry meadow` },
  ],
  'vault.unlock': () => [
    {},
    { passphrase: null },
    { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) },
    { passphrase: STRONG_PASSPHRASE, remember: true },
  ],
  'vault.changePassphrase': () => [
    {},
    { current: STRONG_PASSPHRASE },
    { next: OTHER_STRONG_PASSPHRASE },
    { current: STRONG_PASSPHRASE, next: 7 },
    { current: STRONG_PASSPHRASE, next: tooLong(MAX_PASSPHRASE_LENGTH) },
    { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE, confirm: OTHER_STRONG_PASSPHRASE },
    { current: STRONG_PASSPHRASE, next: `${OTHER_STRONG_PASSPHRASE}\n` },
  ],
  'vault.passphraseStrength': () => [
    {},
    { passphrase: ['a'] },
    { passphrase: tooLong(MAX_PASSPHRASE_LENGTH) },
    { passphrase: 'x', user: 'y' },
  ],
  'settings.get': () => [{ key: 'language' }],
  'settings.public': () => [{ all: true }],
  'settings.update': () => [
    { language: 'de' },
    { language: 5 },
    { theme: 'blue' },
    { idleLockMinutes: 0 },
    { idleLockMinutes: 100000 },
    { idleLockMinutes: '10' },
    { practiceName: tooLong(MAX_SHORT_TEXT) },
    { showPseudonym: 'yes' },
    { practiceName: 12 },
    { pageSize: 4096 },
    { allianceInstrument: 'oq-45' },
    { dipK: 1.5 },
    { repairWindow: 0 },
    { repairWindow: 11 },
    { repairTolerance: 2.5 },
    { backupFolder: 'relative/folder' },
    { backupFolder: '' },
    { backupFolder: 7 },
    { backupFolder: `/${'x'.repeat(5000)}` },
    { backupKeep: 0 },
    { backupKeep: 101 },
    { backupKeep: 2.5 },
    { backupWarnDays: 0 },
    { backupWarnDays: 91 },
    { practiceCountry: 'FI' },
    { practiceCountry: null },
    { retentionYears: 0 },
    { retentionYears: 101 },
    { retentionYears: 2.5 },
    { clipboardClearSeconds: 45 },
    { clipboardClearSeconds: '60' },
  ],
  'clients.create': () => [
    {},
    { name: '' },
    { name: 7 },
    { name: tooLong(200) },
    { name: 'A', status: 'deceased' },
    { name: 'A', dateOfBirth: '31-12-1990' },
    { name: 'A', tags: 'angst' },
    { name: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
    { name: 'A', ssn: '010190-1234' },
  ],
  'clients.update': ({ clientId }) => [
    {},
    { id: 'nope' },
    { id: clientId, name: '' },
    { id: clientId, email: tooLong(200) },
    { id: clientId, colour: 'red' },
  ],
  'clients.get': () => [{}, { id: 1 }, { id: 'not-a-uuid' }],
  'clients.list': () => [{ query: 3 }, { query: tooLong(200) }, { sort: 'age' }, { status: 'gone' }],
  'sessions.create': ({ clientId }) => [
    {},
    { clientId: 'x' },
    { clientId, durationMinutes: 0 },
    { clientId, durationMinutes: 50.5 },
    { clientId, modality: 'solo' },
    { clientId, startsAt: 'yesterday' },
    { clientId, template: tooLong(100) },
    { clientId, doc: bigDoc() },
    { clientId, doc: deepDoc() },
    ...BAD_DOCS.map((doc) => ({ clientId, doc })),
  ],
  'sessions.update': ({ draftId }) => [{}, { id: draftId, attendance: 'late' }, { id: draftId, note: 'x' }],
  'sessions.get': () => [{}, { id: null }],
  'sessions.list': () => [{}, { clientId: 5 }],
  'sessions.saveNote': ({ draftId }) => [
    { id: draftId, doc: noteDoc('x') },
    { id: draftId, doc: noteDoc('x'), revision: 0 },
    { id: draftId, doc: noteDoc('x'), revision: '1' },
    { id: draftId, doc: bigDoc(), revision: 1 },
    { id: draftId, doc: deepDoc(), revision: 1 },
    ...BAD_DOCS.map((doc) => ({ id: draftId, doc, revision: 1 })),
  ],
  'sessions.sign': () => [{}, { id: 'x' }],
  'sessions.addAddendum': ({ signedId }) => [
    { id: signedId },
    { id: signedId, doc: bigDoc() },
    ...BAD_DOCS.map((doc) => ({ id: signedId, doc })),
  ],
  'sessions.signAddendum': () => [{}, { id: 12 }],
  'sessions.delete': () => [{}, { id: '' }],
  'sessions.restore': () => [{}, { id: [] }],
  'sessions.unsigned': () => [{ olderThan: 14 }],
  'templates.list': () => [{ all: 1 }],
  'templates.save': () => [
    {},
    { name: '' },
    { name: 'T' },
    { name: tooLong(100), doc: noteDoc('x') },
    { name: 'T', doc: BAD_DOCS[5] },
  ],
  'templates.delete': () => [{}, { id: 'x' }],
  'documents.add': ({ clientId }) => [
    {},
    { clientId, fileName: 'a.png', mimeType: 'image/gif', dataBase64: PNG_1x1.toString('base64') },
    { clientId, fileName: 'a.png', mimeType: 'image/png', dataBase64: '***not base64***' },
    { clientId, fileName: 'a.png', mimeType: 'image/png', dataBase64: '' },
    { clientId, fileName: '', mimeType: 'image/png', dataBase64: PNG_1x1.toString('base64') },
    { clientId, fileName: 'a.png', mimeType: 'image/png', dataBase64: 'A'.repeat(36_000_000) },
    { clientId, fileName: 'a.png', mimeType: 'image/png', dataBase64: PNG_1x1.toString('base64'), path: '/etc/passwd' },
  ],
  'documents.get': () => [{}, { id: 'x' }],
  'documents.list': () => [{}, { clientId: 'x' }],
  'search.query': ({ clientId }) => [
    {},
    { q: 5 },
    { q: 'x'.repeat(5001) },
    { q: 'a', clientId: 'x' },
    { q: 'a', from: '2026-13-01' },
    { q: 'a', kinds: [] },
    { q: 'a', kinds: ['diagnosis'] },
    { q: 'a', exactTotal: 'yes' },
    { q: 'a', limit: 0 },
    { q: 'a', limit: 1000 },
    { q: 'a', offset: -5 },
    { q: 'a', clientId, sql: 'DROP TABLE sessions' },
  ],
  'search.rebuild': () => [{ table: 'notes_fts' }],
  'search.check': () => [{ deep: true }],
  'audit.list': () => [{ limit: 0 }, { limit: 10_000 }, { offset: -1 }, { clientId: 'x' }],
  'backups.run': () => [{ now: true }],
  'backups.list': () => [{ folder: '/tmp' }],
  'backups.status': () => [{ verbose: 1 }],
  'backups.restore': () => [
    {},
    { path: '/srv/backup.trygg' },
    { passphrase: STRONG_PASSPHRASE },
    { path: 'backup.trygg', passphrase: STRONG_PASSPHRASE },
    { path: '', passphrase: STRONG_PASSPHRASE },
    { path: 5, passphrase: STRONG_PASSPHRASE },
    { path: '/srv/backup.trygg', passphrase: '' },
    { path: '/srv/backup.trygg', passphrase: tooLong(MAX_PASSPHRASE_LENGTH) },
    { path: '/srv/backup.trygg', passphrase: STRONG_PASSPHRASE, overwrite: true },
  ],
  'jobs.cancel': () => [{}, { jobId: '' }, { jobId: 5 }, { jobId: 'x'.repeat(101) }, { jobId: 'a', all: true }],
  'formulations.get': ({ clientId }) => [{}, { clientId: 'x' }, { clientId, all: true }],
  'formulations.save': ({ clientId }) => [
    { clientId, revision: 1 },
    { clientId, sections: {}, revision: -1 },
    { clientId, sections: { diagnosis: noteDoc('x') }, revision: 1 },
    ...BAD_DOCS.map((doc) => ({ clientId, sections: { plan: doc }, revision: 1 })),
  ],
  'formulations.recordVersion': ({ clientId }) => [
    { clientId },
    { clientId, name: '' },
    { clientId, name: '   ' },
    { clientId, name: tooLong(120) },
  ],
  'formulations.versions': () => [{}, { clientId: 5 }],
  'formulations.version': ({ clientId }) => [{ clientId }, { clientId, versionId: 'x' }],
  'hypotheses.create': ({ clientId }) => {
    const valid = { clientId, date: '2026-02-01', anxiety: 3, avoidance: 4.5, pattern: 'secure', confidence: 'low' };
    return [
      { ...valid, anxiety: 0.5 },
      { ...valid, anxiety: 4.3 },
      { ...valid, avoidance: 8 },
      { ...valid, avoidance: Number.NaN },
      { ...valid, pattern: 'ambivalent' },
      { ...valid, confidence: 'certain' },
      { ...valid, indicators: ['sec.self-image', 'not-an-indicator'] },
      { ...valid, contexts: ['school'] },
      { ...valid, status: 'final' },
      { ...valid, date: 'yesterday' },
      { ...valid, rationale: { type: 'doc' } },
      { ...valid, quadrant: 'secure' },
    ];
  },
  'hypotheses.update': ({ hypothesisId }) => [
    {},
    { id: hypothesisId, anxiety: 7.5 },
    { id: hypothesisId, pattern: 'x' },
    { id: hypothesisId, indicators: ['x'] },
  ],
  'hypotheses.get': () => [{}, { id: 'x' }],
  'hypotheses.list': () => [{}, { clientId: 'x' }],
  'evidence.link': ({ signedId, hypothesisId }) => [
    { sessionId: signedId, quote: { exact: 'Anden' } },
    { sessionId: signedId, quote: { exact: '' }, hypothesisId },
    { sessionId: signedId, quote: { exact: 'x'.repeat(2001) }, hypothesisId },
    { sessionId: signedId, quote: { exact: 'Anden' }, formulationSection: 'diagnosis' },
    { sessionId: 'x', quote: { exact: 'Anden' }, hypothesisId },
    { sessionId: signedId, quote: 'Anden', hypothesisId },
  ],
  'evidence.unlink': () => [{}, { id: 'x' }],
  'alliance.record': ({ signedId }) => [
    {},
    { goal: 4 },
    { sessionId: signedId, goal: 0 },
    { sessionId: signedId, task: 8 },
    { sessionId: signedId, bond: 4.5 },
    { sessionId: signedId, goal: '4' },
    { sessionId: signedId, client: { instrument: 'srs', total: 41 } },
    { sessionId: signedId, client: { instrument: 'srs', total: -1 } },
    { sessionId: signedId, client: { instrument: 'srs', total: 30, goal: 10 } },
    { sessionId: signedId, client: { instrument: 'wai-sr', total: 40 } },
    { sessionId: signedId, client: { instrument: 'wai-sr', total: 40, goal: 10, task: 10, bond: 10 } },
    { sessionId: signedId, client: { instrument: 'wai-sr', total: 61, goal: 21, task: 20, bond: 20 } },
    { sessionId: signedId, client: { instrument: 'oq-45', total: 30 } },
    { sessionId: signedId, reflection: tooLong(10_000) },
    { sessionId: signedId, items: [1, 2, 3] },
  ],
  'alliance.get': () => [{}, { sessionId: 'x' }, { id: MISSING }],
  'alliance.timeline': ({ clientId }) => [{}, { clientId: 'x' }, { clientId, k: 2 }],
  'ruptures.create': ({ signedId }) => [
    {},
    { sessionId: signedId, type: 'withdrawal' },
    { sessionId: signedId, type: 'withdrawal', intensity: 0 },
    { sessionId: signedId, type: 'withdrawal', intensity: 6 },
    { sessionId: signedId, type: 'withdrawal', intensity: 2.5 },
    { sessionId: signedId, type: 'impasse', intensity: 2 },
    { sessionId: signedId, type: 'withdrawal', intensity: 2, markers: ['cf.progress'] },
    { sessionId: signedId, type: 'confrontation', intensity: 2, markers: ['wd.denial'] },
    { sessionId: signedId, type: 'both', intensity: 2, markers: ['nope'] },
    { sessionId: signedId, type: 'both', intensity: 2, strained: ['trust'] },
    { sessionId: signedId, type: 'both', intensity: 2, strategies: ['st.hug'] },
    { sessionId: signedId, type: 'both', intensity: 2, contribution: tooLong(10_000) },
    { sessionId: signedId, type: 'both', intensity: 2, quote: { exact: '' } },
    { sessionId: signedId, type: 'both', intensity: 2, outcome: 'resolved' },
  ],
  'ruptures.update': ({ ruptureId, signedId }) => [
    {},
    { id: ruptureId, intensity: 0 },
    { id: ruptureId, intensity: 6 },
    { id: ruptureId, outcome: 'fixed' },
    { id: ruptureId, resolvedSessionId: 'x' },
    { id: ruptureId, type: 'withdrawal', markers: ['cf.controls'] },
    { id: ruptureId, sessionId: signedId },
  ],
  'ruptures.advanceStage': ({ ruptureId, signedId }) => [
    {},
    { id: ruptureId, stage: 'withdrawal.marker' },
    { id: ruptureId, stage: 'acceptance', sessionId: signedId },
    { id: ruptureId, stage: 1, sessionId: signedId },
  ],
  'ruptures.get': () => [{}, { id: 'x' }],
  'ruptures.list': () => [{}, { clientId: 'x' }],
  'overview.get': () => [{ month: '2026-01' }],
  'evidence.list': ({ clientId, hypothesisId }) => [{}, { hypothesisId: 'x' }, { clientId, hypothesisId }],
  'summary.get': ({ clientId }) => [
    { clientId },
    { clientId, options: { ...SUMMARY_OPTIONS, notes: 'all' } },
    { clientId, options: { ...SUMMARY_OPTIONS, names: 'nickname' } },
    { clientId, options: { notes: 'full', names: 'name' } },
    { clientId, options: { ...SUMMARY_OPTIONS, from: '2026-13-01' } },
    { clientId, options: { ...SUMMARY_OPTIONS, sections: ['diagnosis'] } },
    { clientId, options: { ...SUMMARY_OPTIONS, watermark: 'x' } },
  ],
  'summary.recordOutput': ({ clientId }) => [
    { clientId, kind: 'fax', options: SUMMARY_OPTIONS },
    { clientId, options: SUMMARY_OPTIONS },
    { clientId, kind: 'pdf' },
  ],
  'export.client': ({ clientId, exportPath }) => [
    { clientId },
    { clientId, path: 'relative/record.zip' },
    { clientId, path: '' },
    { path: exportPath },
    { clientId, path: exportPath, overwrite: true },
  ],
  'import.client': () => [{}, { path: 'record.zip' }, { path: archivePath(), asCopy: 'yes' }],
  'audit.integrity': () => [{ deep: true }],
  'retention.review': () => [{ all: true }],
  'retention.status': () => [{}, { clientId: 'not-a-uuid' }, { clientId: MISSING, years: 3 }],
  'clients.erase': ({ clientId }) => [
    {},
    { clientId },
    { clientId, confirmName: 5 },
    { clientId, confirmName: 'Testperson Ålesund', override: {} },
    { clientId, confirmName: 'Testperson Ålesund', override: { reason: 'too short' } },
    { clientId, confirmName: 'Testperson Ålesund', override: { reason: tooLong(2000) } },
    { clientId, confirmName: 'Testperson Ålesund', force: true },
  ],
};

/** One valid call per method, from an unlocked vault. */
const HAPPY: Record<MethodName, { input: (ids: Ids) => unknown; expect: (value: unknown, ids: Ids) => void }> = {
  'vault.status': { input: () => ({}), expect: (v) => expect(v).toEqual({ state: 'unlocked' }) },
  'vault.touch': { input: () => ({}), expect: (v) => expect(v).toEqual({ state: 'unlocked' }) },
  'vault.lock': { input: () => ({}), expect: (v) => expect(v).toEqual({ state: 'locked' }) },
  'vault.create': { input: () => ({ passphrase: STRONG_PASSPHRASE }), expect: () => undefined },
  'vault.unlock': {
    input: () => ({ passphrase: STRONG_PASSPHRASE }),
    expect: (v) => expect(v).toEqual({ state: 'unlocked' }),
  },
  'vault.changePassphrase': {
    input: () => ({ current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE }),
    expect: (v) => expect(v).toEqual({ changed: true }),
  },
  'vault.passphraseStrength': {
    input: () => ({ passphrase: 'tr0ll' }),
    expect: (v) => expect(v).toMatchObject({ acceptable: false, hints: expect.arrayContaining(['tooShort']) }),
  },
  'settings.get': {
    input: () => ({}),
    expect: (v) =>
      expect(v).toEqual({
        language: null,
        theme: 'system',
        idleLockMinutes: 10,
        practiceName: 'Klinik Havblik',
        showPseudonym: false,
        allianceInstrument: 'none',
        dipK: 1,
        repairWindow: 3,
        repairTolerance: 0.5,
        backupFolder: null,
        backupKeep: 10,
        backupWarnDays: 7,
        practiceCountry: 'other',
        retentionYears: null,
        clipboardClearSeconds: 60,
      }),
  },
  'settings.public': { input: () => ({}), expect: (v) => expect(v).toEqual({ language: null, theme: 'system' }) },
  'settings.update': {
    input: () => ({
      language: 'sv',
      theme: 'dark',
      idleLockMinutes: 15,
      practiceName: '  Mottagningen  ',
      showPseudonym: true,
      dipK: 2,
      backupKeep: 4,
      practiceCountry: 'SE',
      clipboardClearSeconds: 30,
    }),
    expect: (v) =>
      expect(v).toEqual({
        language: 'sv',
        theme: 'dark',
        idleLockMinutes: 15,
        practiceName: 'Mottagningen',
        showPseudonym: true,
        allianceInstrument: 'none',
        dipK: 2,
        repairWindow: 3,
        repairTolerance: 0.5,
        backupFolder: null,
        backupKeep: 4,
        backupWarnDays: 7,
        practiceCountry: 'SE',
        retentionYears: null,
        clipboardClearSeconds: 30,
      }),
  },
  'clients.create': {
    input: () => ({ name: 'Ny Klient', status: 'paused', tags: ['par'], dateOfBirth: '1980-02-29' }),
    expect: (v) =>
      expect(v).toMatchObject({ name: 'Ny Klient', status: 'paused', tags: ['par'], pseudonym: '', email: '' }),
  },
  'clients.update': {
    input: ({ clientId }) => ({ id: clientId, pseudonym: 'K-02', treatmentEnd: '2026-06-30' }),
    expect: (v, { clientId }) =>
      expect(v).toMatchObject({
        id: clientId,
        name: 'Testperson Ålesund',
        pseudonym: 'K-02',
        treatmentEnd: '2026-06-30',
      }),
  },
  'clients.get': {
    input: ({ clientId }) => ({ id: clientId }),
    expect: (v) => expect(v).toMatchObject({ pseudonym: 'K-01', status: 'active' }),
  },
  'clients.list': {
    input: () => ({ query: 'ålesund', sort: 'lastSession' }),
    expect: (v, { clientId }) => expect(v).toMatchObject([{ id: clientId, unsignedNotes: 1 }]),
  },
  'sessions.create': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v) =>
      expect(v).toMatchObject({
        durationMinutes: 50,
        modality: 'individual',
        setting: 'inPerson',
        attendance: 'attended',
        template: 'free',
        revision: 1,
        signedAt: null,
      }),
  },
  'sessions.update': {
    input: ({ draftId }) => ({ id: draftId, attendance: 'noShow', durationMinutes: 45 }),
    expect: (v) => expect(v).toMatchObject({ attendance: 'noShow', durationMinutes: 45 }),
  },
  'sessions.get': {
    input: ({ signedId }) => ({ id: signedId }),
    expect: (v) => expect((v as { addenda: unknown[] }).addenda).toHaveLength(1),
  },
  'sessions.list': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v) => expect(v).toHaveLength(2),
  },
  'sessions.saveNote': {
    input: ({ draftId }) => ({ id: draftId, doc: noteDoc('Opdateret.'), revision: 1 }),
    expect: (v) => expect(v).toMatchObject({ revision: 2 }),
  },
  'sessions.sign': {
    input: ({ draftId }) => ({ id: draftId }),
    expect: (v) => expect((v as { signedAt: unknown }).signedAt).toEqual(expect.any(String)),
  },
  'sessions.addAddendum': {
    input: ({ signedId }) => ({ id: signedId, doc: noteDoc('Tilføjelse.') }),
    expect: (v) => expect(v).toMatchObject({ text: 'Tilføjelse.', signedAt: null }),
  },
  'sessions.signAddendum': {
    input: ({ addendumId }) => ({ id: addendumId }),
    expect: (v) => expect(v).toMatchObject({ signedAt: expect.any(String) }),
  },
  'sessions.delete': {
    input: ({ draftId }) => ({ id: draftId }),
    expect: (v, { draftId }) => expect(v).toMatchObject({ id: draftId }),
  },
  'sessions.restore': {
    input: ({ draftId }) => ({ id: draftId }),
    expect: (v, { draftId }) => expect(v).toMatchObject({ id: draftId }),
  },
  'sessions.unsigned': {
    input: () => ({}),
    expect: (v, { draftId }) => expect(v).toMatchObject([{ sessionId: draftId, clientPseudonym: 'K-01', ageDays: 0 }]),
  },
  'templates.list': { input: () => ({}), expect: (v) => expect(v).toMatchObject([{ name: 'Indledende samtale' }]) },
  'templates.save': {
    input: ({ templateId }) => ({ id: templateId, name: 'Opfølgning', doc: noteDoc('Siden sidst') }),
    expect: (v, { templateId }) => expect(v).toMatchObject({ id: templateId, name: 'Opfølgning' }),
  },
  'templates.delete': {
    input: ({ templateId }) => ({ id: templateId }),
    expect: (v, { templateId }) => expect(v).toEqual({ id: templateId }),
  },
  'documents.add': {
    input: ({ clientId, draftId }) => ({
      clientId,
      sessionId: draftId,
      fileName: 'brev.png',
      mimeType: 'image/png',
      dataBase64: PNG_1x1.toString('base64'),
    }),
    expect: (v, { draftId }) => expect(v).toMatchObject({ sessionId: draftId, size: PNG_1x1.length }),
  },
  'documents.get': {
    input: ({ documentId }) => ({ id: documentId }),
    expect: (v) => expect(Buffer.from((v as { dataBase64: string }).dataBase64, 'base64').equals(PNG_1x1)).toBe(true),
  },
  'documents.list': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v) => expect(v).toMatchObject([{ fileName: 'samtykke.png' }]),
  },
  'search.query': {
    input: ({ clientId }) => ({ q: 'samtale', clientId, kinds: ['note'] }),
    expect: (v, { draftId, signedId }) =>
      expect((v as { hits: Array<{ sessionId: string }> }).hits.map((h) => h.sessionId).sort()).toEqual(
        [draftId, signedId].sort(),
      ),
  },
  'search.rebuild': {
    input: () => ({}),
    expect: (v) =>
      expect(v).toEqual({
        rebuilt: ['notes_fts', 'notes_docs', 'addenda_fts', 'clients_fts', 'formulations_fts', 'hypotheses_fts'],
      }),
  },
  'search.check': { input: () => ({}), expect: (v) => expect(v).toEqual({ ok: true, problems: [] }) },
  'audit.list': {
    input: ({ clientId }) => ({ clientId, limit: 3 }),
    expect: (v) =>
      expect(v).toMatchObject({
        total: 12,
        entries: [
          { action: 'create', entity: 'rupture' },
          { action: 'create', entity: 'alliance' },
          { action: 'create', entity: 'evidence' },
        ],
      }),
  },
  // backups.run and backups.restore need a folder with a backup: see their own tests below.
  'backups.run': {
    input: () => ({}),
    expect: (v) =>
      expect(v).toMatchObject({
        path: expect.stringMatching(/\.trygg$/),
        createdAt: expect.any(String),
        verified: true,
      }),
  },
  'backups.list': { input: () => ({}), expect: (v) => expect(v).toEqual([]) },
  'backups.status': { input: () => ({}), expect: (v) => expect(v).toEqual({ lastVerifiedAt: null, running: false }) },
  'backups.restore': {
    input: () => ({ path: '', passphrase: STRONG_PASSPHRASE }),
    expect: (v) => expect(v).toEqual({ keptAsidePath: expect.stringMatching(/vault-before-restore-.*\.trygg$/) }),
  },
  // No job is running: nothing to cancel, and saying so is not an error.
  'jobs.cancel': { input: () => ({ jobId: 'no-such-job' }), expect: (v) => expect(v).toEqual({ cancelled: false }) },
  'formulations.get': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v) =>
      expect(v).toMatchObject({ revision: 1, sections: { presentingProblems: noteDoc('Søvnbesvær og uro.') } }),
  },
  'formulations.save': {
    input: ({ clientId }) => ({ clientId, sections: { plan: noteDoc('Ugentlige samtaler.') }, revision: 1 }),
    expect: (v) => expect(v).toMatchObject({ revision: 2 }),
  },
  'formulations.recordVersion': {
    input: ({ clientId }) => ({ clientId, name: 'Tre måneder' }),
    expect: (v, { clientId }) => expect(v).toMatchObject({ clientId, name: 'Tre måneder', revision: 1 }),
  },
  'formulations.versions': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v, { versionId }) => expect(v).toMatchObject([{ id: versionId, name: 'Efter udredning' }]),
  },
  'formulations.version': {
    input: ({ clientId, versionId }) => ({ clientId, versionId }),
    expect: (v) =>
      expect(v).toMatchObject({
        name: 'Efter udredning',
        sections: { presentingProblems: noteDoc('Søvnbesvær og uro.') },
      }),
  },
  'hypotheses.create': {
    input: ({ clientId }) => ({
      clientId,
      date: '2026-04-01',
      anxiety: 2,
      avoidance: 2.5,
      pattern: 'secure',
      confidence: 'high',
      indicators: ['sec.trusts'],
    }),
    expect: (v) =>
      expect(v).toMatchObject({ quadrant: 'secure', status: 'working', indicators: ['sec.trusts'], contexts: [] }),
  },
  'hypotheses.update': {
    input: ({ hypothesisId }) => ({ id: hypothesisId, anxiety: 4, status: 'revised' }),
    expect: (v) => expect(v).toMatchObject({ anxiety: 4, avoidance: 5.5, quadrant: 'between', status: 'revised' }),
  },
  'hypotheses.get': {
    input: ({ hypothesisId }) => ({ id: hypothesisId }),
    expect: (v) => expect(v).toMatchObject({ pattern: 'avoidant', quadrant: 'dismissing' }),
  },
  'hypotheses.list': { input: ({ clientId }) => ({ clientId }), expect: (v) => expect(v).toHaveLength(1) },
  'evidence.link': {
    input: ({ draftId }) => ({
      sessionId: draftId,
      quote: { exact: 'Første' },
      formulationSection: 'presentingProblems',
      comment: 'Søvn',
    }),
    expect: (v) => expect(v).toMatchObject({ id: expect.any(String) }),
  },
  'evidence.unlink': {
    input: ({ evidenceId }) => ({ id: evidenceId }),
    expect: (v, { evidenceId }) => expect(v).toEqual({ id: evidenceId }),
  },
  'alliance.record': {
    input: ({ draftId }) => ({
      sessionId: draftId,
      goal: 6,
      task: 5,
      bond: 7,
      client: { instrument: 'wai-sr', total: 50, goal: 17, task: 16, bond: 17 },
    }),
    expect: (v, { draftId }) =>
      expect(v).toMatchObject({
        sessionId: draftId,
        goal: 6,
        task: 5,
        bond: 7,
        client: { instrument: 'wai-sr', total: 50 },
        reflection: '',
      }),
  },
  'alliance.get': {
    input: ({ signedId }) => ({ sessionId: signedId }),
    expect: (v) => expect(v).toMatchObject({ goal: 5, task: 4, bond: 6, client: null }),
  },
  'alliance.timeline': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v, { signedId, ruptureId }) =>
      expect(v).toMatchObject({
        source: 'clinician',
        series: [{ sessionId: signedId, raw: 5, value: expect.closeTo(66.67, 2) }],
        dips: [],
        ruptures: [{ id: ruptureId }],
        rule: { k: 1, window: 3, tolerance: 0.5, sd: null, minRated: 5 },
        reason: 'tooFewRatings',
      }),
  },
  'ruptures.create': {
    input: ({ draftId, clientId }) => ({
      sessionId: draftId,
      clientId,
      type: 'confrontation',
      intensity: 4,
      markers: ['cf.parameters'],
      strained: ['task', 'bond'],
      strategies: ['st.own-part'],
      contribution: 'Jeg var utålmodig.',
      quote: { exact: 'samtale' },
    }),
    expect: (v, { draftId }) =>
      expect(v).toMatchObject({
        sessionId: draftId,
        type: 'confrontation',
        intensity: 4,
        strained: ['task', 'bond'],
        quote: { exact: 'samtale', prefix: 'Første ', suffix: '.' },
        position: { start: 7, end: 14 },
        outcome: 'unresolved',
        stage: null,
        steps: [],
      }),
  },
  'ruptures.update': {
    input: ({ ruptureId, signedId }) => ({
      id: ruptureId,
      intensity: 3,
      outcome: 'resolved',
      resolvedSessionId: signedId,
      strategies: ['st.invite'],
    }),
    expect: (v, { signedId }) =>
      expect(v).toMatchObject({
        intensity: 3,
        outcome: 'resolved',
        resolvedSessionId: signedId,
        strategies: ['st.invite'],
      }),
  },
  'ruptures.advanceStage': {
    input: ({ ruptureId, signedId }) => ({ id: ruptureId, stage: 'withdrawal.disembedding', sessionId: signedId }),
    expect: (v, { signedId }) =>
      expect(v).toMatchObject({
        stage: 'withdrawal.disembedding',
        steps: [{ stage: 'withdrawal.disembedding', step: 2, sessionId: signedId }],
      }),
  },
  'ruptures.get': {
    input: ({ ruptureId }) => ({ id: ruptureId }),
    expect: (v, { ruptureId }) =>
      expect(v).toMatchObject({ id: ruptureId, markers: ['wd.minimal'], position: { start: 0, end: 13 } }),
  },
  'ruptures.list': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v, { ruptureId }) => expect(v).toMatchObject([{ id: ruptureId }]),
  },
  'overview.get': {
    input: () => ({}),
    expect: (v, { ruptureId, draftId }) =>
      expect(v).toMatchObject({
        openRuptures: {
          count: 1,
          items: [{ id: ruptureId, clientPseudonym: 'K-01', type: 'withdrawal', stage: null }],
        },
        possibleUnnoticed: { count: 0, items: [] },
        unsignedNotes: { count: 1, items: [{ sessionId: draftId }] },
        rupturesThisMonth: { total: 1, byType: { withdrawal: 1, confrontation: 0, both: 0 } },
      }),
  },
  'evidence.list': {
    input: ({ hypothesisId }) => ({ hypothesisId }),
    expect: (v, { signedId }) =>
      expect(v).toMatchObject([
        { sessionId: signedId, quote: { exact: 'Anden samtale' }, position: { start: 0, end: 13 } },
      ]),
  },
  'summary.get': {
    input: ({ clientId }) => ({ clientId, options: SUMMARY_OPTIONS }),
    expect: (v) => {
      expect(v).toMatchObject({ practiceName: 'Klinik Havblik', client: { label: 'K-01' }, sessions: [{}, {}] });
      expect(JSON.stringify(v)).not.toContain('Testperson Ålesund');
    },
  },
  'summary.recordOutput': {
    input: ({ clientId }) => ({ clientId, kind: 'print', options: SUMMARY_OPTIONS }),
    expect: (v) => expect(v).toEqual({ recorded: true }),
  },
  'export.client': {
    input: ({ clientId, exportPath }) => ({ clientId, path: exportPath }),
    expect: (v, { exportPath }) => expect(v).toMatchObject({ path: exportPath, files: 3 }),
  },
  'import.client': {
    input: () => ({ path: archivePath() }),
    expect: (v) => expect(v).toMatchObject({ clientId: expect.any(String) }),
  },
  'audit.integrity': { input: () => ({}), expect: (v) => expect(v).toMatchObject({ ok: true, brokenAt: null }) },
  'retention.review': {
    input: () => ({}),
    // Everything in the vault was written moments ago: nothing is past its period.
    expect: (v) => expect(v).toEqual({ country: 'other', years: 10, due: [], erasures: [] }),
  },
  'retention.status': {
    input: ({ clientId }) => ({ clientId }),
    expect: (v, { clientId }) =>
      expect(v).toMatchObject({ clientId, name: 'Testperson Ålesund', passed: false, country: 'other', years: 10 }),
  },
  'clients.erase': {
    input: ({ clientId }) => ({
      clientId,
      confirmName: 'Testperson Ålesund',
      override: { reason: 'Court order 118/2026: the record is to be erased now.' },
    }),
    expect: (v) => expect(v).toMatchObject({ erased: true, rows: expect.any(Number) }),
  },
};

describe('bad input never reaches a handler and writes nothing', () => {
  it('has a table entry for every method', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES)('%s answers VALIDATION to every bad input', async (method) => {
    const c = await unlockedCore();
    const before = hashStoredData(c.dir);
    for (const [i, input] of [...NOT_AN_OBJECT, ...BAD_INPUTS[method](c.ids)].entries()) {
      const error = await c.fails(method, input);
      expect(error.code, `${method}, bad input #${i}`).toBe('VALIDATION');
      expect(error.issues?.length).toBeGreaterThan(0);
    }
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    expect((await c.ok('settings.get')).practiceName).toBe('Klinik Havblik');
    expect(hashStoredData(c.dir)).toEqual(before);
  });

  it('answers NOT_FOUND for ids that are not in the vault, writing nothing', async () => {
    const c = await unlockedCore();
    const before = hashStoredData(c.dir);
    const calls: Array<[MethodName, unknown]> = [
      ['clients.get', { id: MISSING }],
      ['clients.update', { id: MISSING, name: 'X' }],
      ['retention.status', { clientId: MISSING }],
      ['clients.erase', { clientId: MISSING, confirmName: 'X' }],
      ['sessions.create', { clientId: MISSING }],
      ['sessions.get', { id: MISSING }],
      ['sessions.list', { clientId: MISSING }],
      ['sessions.saveNote', { id: MISSING, doc: noteDoc('x'), revision: 1 }],
      ['sessions.sign', { id: MISSING }],
      ['sessions.addAddendum', { id: MISSING, doc: noteDoc('x') }],
      ['sessions.signAddendum', { id: MISSING }],
      ['sessions.delete', { id: MISSING }],
      ['sessions.restore', { id: MISSING }],
      ['templates.delete', { id: MISSING }],
      ['templates.save', { id: MISSING, name: 'x', doc: noteDoc('x') }],
      ['documents.get', { id: MISSING }],
      ['documents.list', { clientId: MISSING }],
      [
        'documents.add',
        { clientId: MISSING, fileName: 'a.png', mimeType: 'image/png', dataBase64: PNG_1x1.toString('base64') },
      ],
      ['formulations.get', { clientId: MISSING }],
      ['formulations.save', { clientId: MISSING, sections: { plan: noteDoc('x') }, revision: 0 }],
      ['formulations.recordVersion', { clientId: MISSING, name: 'x' }],
      ['formulations.versions', { clientId: MISSING }],
      ['formulations.version', { clientId: c.ids.clientId, versionId: MISSING }],
      [
        'hypotheses.create',
        { clientId: MISSING, date: '2026-01-01', anxiety: 3, avoidance: 3, pattern: 'secure', confidence: 'low' },
      ],
      ['hypotheses.update', { id: MISSING, anxiety: 3 }],
      ['hypotheses.get', { id: MISSING }],
      ['hypotheses.list', { clientId: MISSING }],
      ['evidence.link', { sessionId: MISSING, quote: { exact: 'Anden' }, hypothesisId: c.ids.hypothesisId }],
      ['evidence.link', { sessionId: c.ids.signedId, quote: { exact: 'Anden' }, hypothesisId: MISSING }],
      [
        'evidence.link',
        { sessionId: c.ids.signedId, quote: { exact: 'not in the note' }, hypothesisId: c.ids.hypothesisId },
      ],
      ['evidence.unlink', { id: MISSING }],
      ['evidence.list', { hypothesisId: MISSING }],
      ['evidence.list', { clientId: MISSING }],
      ['summary.get', { clientId: MISSING, options: SUMMARY_OPTIONS }],
      ['summary.recordOutput', { clientId: MISSING, kind: 'pdf', options: SUMMARY_OPTIONS }],
      ['export.client', { clientId: MISSING, path: c.ids.exportPath }],
      ['alliance.record', { sessionId: MISSING, goal: 4 }],
      ['alliance.get', { sessionId: MISSING }],
      ['alliance.timeline', { clientId: MISSING }],
      ['ruptures.create', { sessionId: MISSING, type: 'withdrawal', intensity: 2 }],
      ['ruptures.create', { sessionId: c.ids.signedId, clientId: MISSING, type: 'withdrawal', intensity: 2 }],
      [
        'ruptures.create',
        { sessionId: c.ids.signedId, type: 'withdrawal', intensity: 2, quote: { exact: 'not in the note' } },
      ],
      ['ruptures.update', { id: MISSING, intensity: 2 }],
      ['ruptures.update', { id: c.ids.ruptureId, outcome: 'resolved', resolvedSessionId: MISSING }],
      ['ruptures.advanceStage', { id: MISSING, stage: 'withdrawal.marker', sessionId: c.ids.signedId }],
      ['ruptures.advanceStage', { id: c.ids.ruptureId, stage: 'withdrawal.marker', sessionId: MISSING }],
      ['ruptures.get', { id: MISSING }],
      ['ruptures.list', { clientId: MISSING }],
    ];
    for (const [method, input] of calls) expect((await c.fails(method, input)).code, method).toBe('NOT_FOUND');
    expect(hashStoredData(c.dir)).toEqual(before);
  });

  it('refuses an unknown method', async () => {
    const c = await unlockedCore();
    for (const name of ['vault.drop', '__proto__', 'constructor', 'toString', '']) {
      expect((await c.fails(name, {})).code).toBe('UNKNOWN_METHOD');
    }
  });
});

describe('every method has a happy path', () => {
  it('has a table entry for every method', () => {
    expect(Object.keys(HAPPY).sort()).toEqual([...METHOD_NAMES].sort());
  });

  const OWN_TESTS = new Set<MethodName>(['vault.create', 'sessions.restore', 'backups.run', 'backups.restore']);
  it.each(METHOD_NAMES.filter((m) => !OWN_TESTS.has(m)))('%s', async (method) => {
    const c = await unlockedCore();
    const { input, expect: check } = HAPPY[method];
    const result = await c.core.dispatch(method, input(c.ids));
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (result.ok) check(result.value, c.ids);
  });

  it('vault.create', async () => {
    const c = testCore(tempDir());
    closeCore = c.close;
    expect(await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE })).toEqual({ state: 'unlocked' });
  });

  it('sessions.restore brings a just-deleted draft back', async () => {
    const c = await unlockedCore();
    await c.ok('sessions.delete', { id: c.ids.draftId });
    const result = await c.core.dispatch('sessions.restore', HAPPY['sessions.restore'].input(c.ids));
    expect(result.ok).toBe(true);
    if (result.ok) HAPPY['sessions.restore'].expect(result.value, c.ids);
  });

  it('backups.run writes a verified backup to the chosen folder, and backups.restore puts it back', async () => {
    const c = await unlockedCore();
    await c.ok('settings.update', { backupFolder: join(c.dir, 'backups') });
    const run = await c.core.dispatch('backups.run', HAPPY['backups.run'].input(c.ids));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    HAPPY['backups.run'].expect(run.value, c.ids);
    const { path } = run.value as { path: string };
    const restore = await c.core.dispatch('backups.restore', {
      ...(HAPPY['backups.restore'].input(c.ids) as object),
      path,
    });
    expect(restore.ok).toBe(true);
    if (restore.ok) HAPPY['backups.restore'].expect(restore.value, c.ids);
  });

  it('settings.public is readable while locked and follows updates', async () => {
    const c = await unlockedCore();
    await c.ok('settings.update', { language: 'da', theme: 'light' });
    await c.ok('vault.lock');
    expect(await c.ok('settings.public')).toEqual({ language: 'da', theme: 'light' });
    expect((await c.fails('settings.update', { theme: 'dark' })).code).toBe('LOCKED');
  });
});
