import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, hashStoredData, useTempDirs } from '../../../tests/support/temp-dir';

const tempDir = useTempDirs();
let closeCore: (() => void) | undefined;
afterEach(() => closeCore?.());

const week = (i: number) => new Date(Date.UTC(2026, 0, 5 + 7 * i, 9)).toISOString();

/** A practice with a client seen weekly and another client; `now` just after the last session. */
async function practice(sessions = 8) {
  const dir = tempDir();
  const c = testCore(dir, () => new Date(Date.UTC(2026, 1, 28, 12)));
  closeCore = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Klient Allianse', pseudonym: 'A-1' });
  const other = await c.ok('clients.create', { name: 'Anden Klient' });
  const ids: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const s = await c.ok('sessions.create', {
      clientId: client.id,
      startsAt: week(i),
      doc: noteDoc(`Time ${i + 1}. Hun sa lite og så ned.`),
    });
    ids.push(s.id);
  }
  const otherSession = await c.ok('sessions.create', {
    clientId: other.id,
    startsAt: week(3),
    doc: noteDoc('Første samtale.'),
  });
  return { dir, c, client, other, ids, otherSession };
}

const rate = (c: Awaited<ReturnType<typeof practice>>['c'], sessionId: string, g: number) =>
  c.ok('alliance.record', { sessionId, goal: g, task: g, bond: g });

describe('alliance per session', () => {
  it('records the clinician’s ratings, a client score and a reflection; what is left out stays, null clears', async () => {
    const { c, ids } = await practice(1);
    const first = await c.ok('alliance.record', {
      sessionId: ids[0]!,
      goal: 5,
      task: 4,
      bond: 6,
      reflection: '  Jeg følte meg utålmodig.  ',
    });
    expect(first).toMatchObject({ goal: 5, task: 4, bond: 6, client: null, reflection: 'Jeg følte meg utålmodig.' });
    const second = await c.ok('alliance.record', {
      sessionId: ids[0]!,
      bond: null,
      client: { instrument: 'srs', total: 34 },
    });
    expect(second).toMatchObject({
      goal: 5,
      task: 4,
      bond: null,
      client: { instrument: 'srs', total: 34 },
      reflection: 'Jeg følte meg utålmodig.',
    });
    expect(await c.ok('alliance.get', { sessionId: ids[0]! })).toEqual(second);
    const audit = await c.ok('audit.list', { limit: 2 });
    expect(audit.entries.map((e) => [e.action, e.entity, e.entityId, e.detail])).toEqual([
      ['update', 'alliance', ids[0], 'bond, client'],
      ['create', 'alliance', ids[0], 'goal, task, bond, reflection'],
    ]);
  });

  it('refuses an SRS total of 41 and WAI-SR subscales that do not add up to the total, writing nothing', async () => {
    const { dir, c, ids } = await practice(1);
    const before = hashStoredData(dir);
    for (const client of [
      { instrument: 'srs', total: 41 },
      { instrument: 'wai-sr', total: 45, goal: 15, task: 15, bond: 14 },
      { instrument: 'wai-sr', total: 60, goal: 20, task: 20, bond: 21 },
    ]) {
      expect((await c.fails('alliance.record', { sessionId: ids[0], client })).code).toBe('VALIDATION');
    }
    expect((await c.fails('alliance.record', { sessionId: ids[0], goal: 8 })).code).toBe('VALIDATION');
    expect(hashStoredData(dir)).toEqual(before);
  });
});

describe('the alliance timeline', () => {
  it('says why there is no detection below 5 rated sessions', async () => {
    const { c, client, ids } = await practice(4);
    for (const [i, id] of ids.entries()) await rate(c, id, i === 2 ? 2 : 6);
    const t = await c.ok('alliance.timeline', { clientId: client.id });
    expect(t).toMatchObject({ source: 'clinician', dips: [], reason: 'tooFewRatings' });
    expect(t.series).toHaveLength(4);
  });

  it('finds a dip, its repair, and flags it until a rupture is logged there; follows the settings', async () => {
    const { c, client, ids } = await practice(8);
    const scores = [6, 6, 6, 2, 6, 6, 5, 6];
    for (const [i, id] of ids.entries()) await rate(c, id, scores[i]!);

    const t = await c.ok('alliance.timeline', { clientId: client.id });
    expect(t.reason).toBeUndefined();
    expect(t.series.map((p) => p.raw)).toEqual(scores);
    expect(t.dips).toEqual([
      expect.objectContaining({
        sessionId: ids[3],
        previousSessionId: ids[2],
        repairedAtSessionId: ids[4],
        unnoticed: true,
        windowOpen: false,
      }),
    ]);
    expect((await c.ok('overview.get', {})).possibleUnnoticed).toMatchObject({
      count: 1,
      items: [{ sessionId: ids[3], clientPseudonym: 'A-1' }],
    });

    // A rupture logged at the session before the dip counts as noticed.
    await c.ok('ruptures.create', { sessionId: ids[2]!, type: 'withdrawal', intensity: 3 });
    const after = await c.ok('alliance.timeline', { clientId: client.id });
    expect(after.dips.map((d) => d.unnoticed)).toEqual([false]);
    expect(after.ruptures).toHaveLength(1);
    expect((await c.ok('overview.get', {})).possibleUnnoticed.count).toBe(0);

    // k = 2 and a window of 1 change what is found, at once.
    await c.ok('settings.update', { dipK: 2, repairWindow: 1 });
    const strict = await c.ok('alliance.timeline', { clientId: client.id });
    expect(strict.rule).toMatchObject({ k: 2, window: 1, tolerance: 0.5 });
    expect(strict.dips.map((d) => d.sessionId)).toEqual([ids[3]]);
  });

  it('uses the client’s own scores once there are 5, leaving out sessions only the clinician rated', async () => {
    const { c, client, ids } = await practice(8);
    const srs = [38, 37, 38, 30, 38, 37];
    const srsSessions = [0, 1, 3, 4, 6, 7];
    for (const [n, i] of srsSessions.entries())
      await c.ok('alliance.record', { sessionId: ids[i]!, client: { instrument: 'srs', total: srs[n]! } });
    await rate(c, ids[2]!, 1);
    await rate(c, ids[5]!, 1);
    const t = await c.ok('alliance.timeline', { clientId: client.id });
    expect(t.source).toBe('client');
    expect(t.series.map((p) => p.sessionId)).toEqual(srsSessions.map((i) => ids[i]));
    expect(t.clinician.map((p) => p.sessionId)).toEqual([ids[2], ids[5]]);
    expect(t.dips.map((d) => [d.previousSessionId, d.sessionId])).toEqual([[ids[3], ids[4]]]);
  });

  it('follows the sessions: a moved date reorders the series, a deleted draft leaves it', async () => {
    const { c, client, ids } = await practice(6);
    const scores = [6, 6, 2, 6, 6, 6];
    for (const [i, id] of ids.entries()) await rate(c, id, scores[i]!);
    expect((await c.ok('alliance.timeline', { clientId: client.id })).dips.map((d) => d.sessionId)).toEqual([ids[2]]);

    // Session 3 (the low one) moves to before the first: no drop from a previous session any more.
    await c.ok('sessions.update', { id: ids[2]!, startsAt: new Date(Date.UTC(2025, 11, 29, 9)).toISOString() });
    const moved = await c.ok('alliance.timeline', { clientId: client.id });
    expect(moved.series[0]?.sessionId).toBe(ids[2]);
    expect(moved.dips).toEqual([]);

    await c.ok('sessions.delete', { id: ids[2]! });
    const deleted = await c.ok('alliance.timeline', { clientId: client.id });
    expect(deleted.series.map((p) => p.sessionId)).not.toContain(ids[2]);
    expect(deleted.reason).toBe('noVariation');
  });

  it('is built again after lock and unlock (warmed up in slices) and still follows changes', async () => {
    const { c, client, ids } = await practice(6);
    const scores = [6, 6, 2, 6, 6, 6];
    for (const [i, id] of ids.entries()) await rate(c, id, scores[i]!);
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await c.ok('alliance.timeline', { clientId: client.id })).dips.map((d) => d.sessionId)).toEqual([ids[2]]);
    await rate(c, ids[2]!, 6);
    expect((await c.ok('alliance.timeline', { clientId: client.id })).reason).toBe('noVariation');
    expect((await c.ok('overview.get', {})).possibleUnnoticed.count).toBe(0);
  });
});

describe('ruptures', () => {
  it('keeps every field, anchors the passage, and walks the withdrawal model step by step', async () => {
    const { c, client, ids } = await practice(6);
    const r = await c.ok('ruptures.create', {
      sessionId: ids[1]!,
      clientId: client.id,
      type: 'withdrawal',
      intensity: 3,
      markers: ['wd.minimal', 'wd.deferential'],
      strained: ['bond'],
      strategies: ['st.invite'],
      contribution: 'Jeg presset på tempoet.',
      quote: { exact: 'sa lite' },
    });
    expect(r).toMatchObject({
      clientId: client.id,
      sessionStartsAt: week(1),
      type: 'withdrawal',
      intensity: 3,
      markers: ['wd.minimal', 'wd.deferential'],
      strained: ['bond'],
      strategies: ['st.invite'],
      contribution: 'Jeg presset på tempoet.',
      quote: { exact: 'sa lite', prefix: 'Time 2. Hun ', suffix: ' og så ned.' },
      position: { start: 12, end: 19 },
      outcome: 'unresolved',
      stage: null,
    });

    await c.ok('ruptures.advanceStage', { id: r.id, stage: 'withdrawal.marker', sessionId: ids[1]! });
    // Steps may be skipped, never gone back over.
    const skipped = await c.ok('ruptures.advanceStage', {
      id: r.id,
      stage: 'withdrawal.qualifiedAssertion',
      sessionId: ids[3]!,
    });
    expect(skipped.steps.map((s) => [s.step, s.stage, s.sessionId, s.sessionStartsAt])).toEqual([
      [1, 'withdrawal.marker', ids[1], week(1)],
      [3, 'withdrawal.qualifiedAssertion', ids[3], week(3)],
    ]);
    expect(skipped.stage).toBe('withdrawal.qualifiedAssertion');
    expect(
      (await c.fails('ruptures.advanceStage', { id: r.id, stage: 'withdrawal.disembedding', sessionId: ids[4] })).code,
    ).toBe('VALIDATION');
    // A step at a session before the last step's.
    expect(
      (await c.fails('ruptures.advanceStage', { id: r.id, stage: 'withdrawal.avoidance', sessionId: ids[2] })).code,
    ).toBe('VALIDATION');

    const resolved = await c.ok('ruptures.update', { id: r.id, outcome: 'resolved', resolvedSessionId: ids[4]! });
    expect(resolved).toMatchObject({ outcome: 'resolved', resolvedSessionId: ids[4], resolvedStartsAt: week(4) });
    const partly = await c.ok('ruptures.update', { id: r.id, outcome: 'partlyResolved' });
    expect(partly).toMatchObject({ outcome: 'partlyResolved', resolvedSessionId: null });
    expect(await c.ok('ruptures.list', { clientId: client.id })).toEqual([partly]);
    expect(await c.ok('ruptures.get', { id: r.id })).toEqual(partly);

    const audit = await c.ok('audit.list', { clientId: client.id, limit: 5 });
    expect(audit.entries.map((e) => [e.action, e.entity, e.detail])).toEqual([
      ['update', 'rupture', 'outcome'],
      ['update', 'rupture', 'outcome, resolvedSessionId'],
      ['update', 'rupture', 'stage withdrawal.qualifiedAssertion'],
      ['update', 'rupture', 'stage withdrawal.marker'],
      ['create', 'rupture', 'withdrawal'],
    ]);
  });

  it('follows a draft’s edits to the passage, and says when it is gone', async () => {
    const { c, ids } = await practice(1);
    const r = await c.ok('ruptures.create', {
      sessionId: ids[0]!,
      type: 'both',
      intensity: 2,
      quote: { exact: 'så ned' },
    });
    const s = await c.ok('sessions.get', { id: ids[0]! });
    const saved = await c.ok('sessions.saveNote', {
      id: ids[0]!,
      doc: noteDoc('Først: vær.', 'Time 1. Hun sa lite og så ned.'),
      revision: s.revision,
    });
    expect((await c.ok('ruptures.get', { id: r.id })).position).toEqual({ start: 35, end: 41 });
    await c.ok('sessions.saveNote', { id: ids[0]!, doc: noteDoc('Ny tekst.'), revision: saved.revision });
    const gone = await c.ok('ruptures.get', { id: r.id });
    expect(gone.position).toBeNull();
    expect(gone.quote?.exact).toBe('så ned');
  });

  it('refuses bad input with nothing written', async () => {
    const { dir, c, client, other, ids, otherSession } = await practice(4);
    const r = await c.ok('ruptures.create', {
      sessionId: ids[2]!,
      type: 'confrontation',
      intensity: 4,
      markers: ['cf.progress'],
    });
    await c.ok('ruptures.advanceStage', { id: r.id, stage: 'confrontation.marker', sessionId: ids[2]! });
    const before = hashStoredData(dir);
    const refused: Array<[string, unknown, string]> = [
      // A stage of another model.
      ['ruptures.advanceStage', { id: r.id, stage: 'withdrawal.selfAssertion', sessionId: ids[3] }, 'VALIDATION'],
      ['ruptures.advanceStage', { id: r.id, stage: 'shared.needs', sessionId: ids[3] }, 'VALIDATION'],
      // Intensity outside 1–5.
      ['ruptures.create', { sessionId: ids[0], type: 'withdrawal', intensity: 0 }, 'VALIDATION'],
      ['ruptures.create', { sessionId: ids[0], type: 'withdrawal', intensity: 6 }, 'VALIDATION'],
      ['ruptures.update', { id: r.id, intensity: 6 }, 'VALIDATION'],
      // Another client's session.
      [
        'ruptures.create',
        { sessionId: otherSession.id, clientId: client.id, type: 'withdrawal', intensity: 2 },
        'NOT_FOUND',
      ],
      [
        'ruptures.advanceStage',
        { id: r.id, stage: 'confrontation.disembedding', sessionId: otherSession.id },
        'NOT_FOUND',
      ],
      ['ruptures.update', { id: r.id, outcome: 'resolved', resolvedSessionId: otherSession.id }, 'NOT_FOUND'],
      // Resolved before the rupture, or resolved without saying where.
      ['ruptures.update', { id: r.id, outcome: 'resolved', resolvedSessionId: ids[1] }, 'VALIDATION'],
      ['ruptures.update', { id: r.id, outcome: 'resolved' }, 'VALIDATION'],
      ['ruptures.update', { id: r.id, outcome: 'partlyResolved', resolvedSessionId: ids[3] }, 'VALIDATION'],
      // A step before the rupture's session.
      ['ruptures.advanceStage', { id: r.id, stage: 'confrontation.exploration', sessionId: ids[1] }, 'VALIDATION'],
      // A type whose model lacks the step reached, markers of the other kind.
      ['ruptures.update', { id: r.id, type: 'withdrawal', markers: [] }, 'VALIDATION'],
      ['ruptures.update', { id: r.id, markers: ['wd.denial'] }, 'VALIDATION'],
      ['ruptures.update', { id: r.id, type: 'withdrawal' }, 'VALIDATION'],
      // A passage not in the note.
      [
        'ruptures.create',
        { sessionId: ids[0], type: 'withdrawal', intensity: 2, quote: { exact: 'aldri skrevet' } },
        'NOT_FOUND',
      ],
      // Alliance numbers out of range.
      ['alliance.record', { sessionId: ids[0], client: { instrument: 'srs', total: 41 } }, 'VALIDATION'],
      [
        'alliance.record',
        { sessionId: ids[0], client: { instrument: 'wai-sr', total: 40, goal: 10, task: 10, bond: 10 } },
        'VALIDATION',
      ],
    ];
    for (const [method, input, code] of refused) {
      expect((await c.fails(method, input)).code, `${method} ${JSON.stringify(input)}`).toBe(code);
    }
    expect(hashStoredData(dir)).toEqual(before);
    expect(other.id).not.toBe(client.id);
  });
});

describe('the practice overview', () => {
  it('includes a client whose ratings and ruptures arrive by a record import after it was first read', async () => {
    const { c, client, ids } = await practice(6);
    for (const [i, id] of ids.entries()) await rate(c, id, i === 3 ? 2 : 6);
    await c.ok('ruptures.create', { sessionId: ids[0]!, type: 'withdrawal', intensity: 2 });
    const path = join(tempDir(), 'record.zip');
    await c.ok('export.client', { clientId: client.id, path });

    const other = testCore(tempDir(), () => new Date(Date.UTC(2026, 1, 28, 12)));
    try {
      await other.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
      expect((await other.ok('overview.get', {})).openRuptures.count).toBe(0);
      await other.ok('import.client', { path });
      const o = await other.ok('overview.get', {});
      expect(o.openRuptures.count).toBe(1);
      expect(o.possibleUnnoticed.count).toBe(1);
    } finally {
      other.close();
    }
  });

  it('lists open ruptures, unsigned notes and this month’s ruptures by type', async () => {
    const { c, client, ids, otherSession } = await practice(3);
    const a = await c.ok('ruptures.create', { sessionId: ids[0]!, type: 'withdrawal', intensity: 2 });
    const b = await c.ok('ruptures.create', { sessionId: ids[2]!, type: 'both', intensity: 5 });
    await c.ok('ruptures.create', { sessionId: otherSession.id, type: 'confrontation', intensity: 1 });
    await c.ok('ruptures.advanceStage', { id: b.id, stage: 'shared.marker', sessionId: ids[2]! });
    await c.ok('ruptures.update', { id: a.id, outcome: 'resolved', resolvedSessionId: ids[1]! });
    await c.ok('sessions.sign', { id: ids[1]! });
    // A session this month (February 2026; the clock says 28 February).
    const feb = await c.ok('sessions.create', { clientId: client.id, startsAt: '2026-02-20T10:00:00.000Z' });
    await c.ok('ruptures.create', { sessionId: feb.id, type: 'confrontation', intensity: 3 });

    const o = await c.ok('overview.get', {});
    expect(o.openRuptures.count).toBe(3);
    expect(o.openRuptures.items.map((r) => [r.type, r.stage])).toEqual([
      ['both', 'shared.marker'],
      ['confrontation', null],
      ['confrontation', null],
    ]);
    expect(o.unsignedNotes.count).toBe(4);
    expect(o.unsignedNotes.items.map((n) => n.sessionId)).not.toContain(ids[1]);
    expect(o.rupturesThisMonth).toEqual({
      month: '2026-02',
      total: 1,
      byType: { withdrawal: 0, confrontation: 1, both: 0 },
    });
  });
});
