import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '@shared/api/contract';
import { testCore } from './support/core-client';
import { noteDoc, PNG_1x1 } from './support/fixtures';
import { hashStoredData, STRONG_PASSPHRASE, useTempDirs } from './support/temp-dir';

/**
 * Property: whatever JSON arrives at the door, for any method, the core answers (no crash), never
 * with INTERNAL, and a request it refuses leaves the stored data byte for byte as it was.
 */
const tempDir = useTempDirs();
const RUNS_PER_METHOD = Number(process.env.TRYGG_FUZZ_RUNS ?? 8);

let c: ReturnType<typeof testCore>;
let dir: string;
let backupFolder: string;
const ids: string[] = [];

beforeAll(async () => {
  dir = tempDir();
  backupFolder = join(tempDir(), 'backups');
  c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('settings.update', { backupFolder });
  const client = await c.ok('clients.create', { name: 'Fuzz Opdiktet' });
  const draft = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Et udkast.') });
  const signed = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('En underskrevet note.') });
  await c.ok('sessions.sign', { id: signed.id });
  const addendum = await c.ok('sessions.addAddendum', { id: signed.id, doc: noteDoc('Rettelse.') });
  const document = await c.ok('documents.add', {
    clientId: client.id,
    fileName: 'a.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  const hypothesis = await c.ok('hypotheses.create', {
    clientId: client.id,
    date: '2026-01-10',
    anxiety: 2,
    avoidance: 5,
    pattern: 'avoidant',
    confidence: 'low',
  });
  ids.push(client.id, draft.id, signed.id, addendum.id, document.id, hypothesis.id);
});
afterAll(() => c.close());

/** Values that reach past the schemas now and then: the vault's own ids, dates, docs, paths. */
const value = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue() },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('2026-01-01', '2026-02-30T25:00:00Z', '/', '/tmp/../etc', '\u0000', 'ø'.repeat(300)),
    },
    { weight: 1, arbitrary: fc.constant(noteDoc('Fuzz.')) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.string() },
  );

/** Objects with the method's own field names (and sometimes more), each holding anything. */
function shapedInput(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input as unknown as { shape?: Record<string, unknown> };
  const keys = Object.keys(schema.shape ?? {});
  const known =
    keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), value(), { maxKeys: keys.length }) : fc.constant({});
  return fc.oneof(
    known,
    fc.tuple(known, fc.dictionary(fc.string(), value(), { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a })),
  );
}

it(
  `answers arbitrary JSON to every method without INTERNAL, and refusals write nothing (${RUNS_PER_METHOD * 2} inputs per method)`,
  { timeout: 240_000 },
  async () => {
    const problems: string[] = [];
    for (const method of METHOD_NAMES) {
      // Creating a second vault or changing the passphrase cannot be reached by chance; locking can.
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), shapedInput(method)), async (input) => {
          // A backup started by an earlier lock or unlock writes its audit entry when it is done.
          await c.core.idle();
          const before = hashStoredData(dir);
          const result = await c.core.dispatch(method, input);
          if (!result.ok && result.error.code === 'INTERNAL')
            problems.push(`${method} ${JSON.stringify(input).slice(0, 200)}: INTERNAL`);
          if (!result.ok) {
            const after = hashStoredData(dir);
            if (JSON.stringify(after) !== JSON.stringify(before)) {
              problems.push(
                `${method} ${JSON.stringify(input).slice(0, 200)}: refused (${result.error.code}) but the stored data changed`,
              );
            }
          }
          // Put the world back where chance moved it, so the next input meets an open vault.
          if ((await c.core.dispatch('vault.status', {})).ok && (await c.ok('vault.status')).state !== 'unlocked') {
            await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
          }
          if (method === 'settings.update' && result.ok) await c.ok('settings.update', { backupFolder });
        }),
        { numRuns: RUNS_PER_METHOD * 2 },
      );
    }
    expect(problems).toEqual([]);
  },
);
