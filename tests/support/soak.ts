import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { keyIsRight, openKeyed } from '../../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { noteDoc, PNG_1x1, tinyPdf } from './fixtures';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from './passphrases';
import { startHostProcess, type HostProcess } from './web-host-process';

/** A small seeded generator, so a failing run can be repeated with its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Reply = Awaited<ReturnType<HostProcess['call']>>;

/** What the door acknowledged; each must be found afterwards exactly as acknowledged. */
interface Model {
  clients: Map<string, string>;
  /** session id -> the last acknowledged note (revision and text), and whether its signature was acknowledged. */
  sessions: Map<string, { clientId: string; revision: number; text: string; signed: boolean }>;
  addenda: Map<string, { sessionId: string; text: string }>;
  documents: Map<string, string>;
}

export interface SoakReport {
  rounds: number;
  acknowledged: number;
  lost: string[];
  seed: number;
}

const sha = (b64: string) => createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex');

/**
 * Drives a real web host with a write-heavy mix from several concurrent writers (clients, notes,
 * saves, signatures, addenda, documents) and SIGKILLs it at a random moment, round after round.
 * After every restart, each write the door acknowledged before the kill must be there as it was
 * acknowledged; at the end every write ever acknowledged is checked again, and integrity_check.
 */
export async function soak(options: {
  dataDir: string;
  rounds: number;
  seed?: number;
  writers?: number;
  onRound?: (line: string) => void;
}): Promise<SoakReport> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const rnd = random(seed);
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(rnd() * items.length)];
  const model: Model = { clients: new Map(), sessions: new Map(), addenda: new Map(), documents: new Map() };
  const lost: string[] = [];
  let acknowledged = 0;
  let counter = 0;
  const writers = options.writers ?? 4;

  const verify = async (host: HostProcess, only?: Set<string>): Promise<void> => {
    const wanted = (id: string) => !only || only.has(id);
    for (const [id, name] of model.clients) {
      if (!wanted(id)) continue;
      const r = await host.call('clients.get', { id });
      if (!r.ok || (r.value as { name: string }).name !== name) lost.push(`client ${id}`);
    }
    for (const [id, s] of model.sessions) {
      if (!wanted(id)) continue;
      const r = await host.call('sessions.get', { id });
      if (!r.ok) {
        lost.push(`session ${id}`);
        continue;
      }
      const got = r.value as {
        revision: number;
        doc: unknown;
        signedAt: string | null;
        addenda: Array<{ id: string; text: string }>;
      };
      // A save in flight at the kill may have landed after the last acknowledged one: newer is fine.
      if (
        got.revision < s.revision ||
        (got.revision === s.revision && JSON.stringify(got.doc) !== JSON.stringify(noteDoc(s.text)))
      ) {
        lost.push(`note of ${id} (revision ${s.revision})`);
      }
      if (s.signed && got.signedAt === null) lost.push(`signature of ${id}`);
      // Continue from what is stored.
      s.revision = got.revision;
      s.signed = got.signedAt !== null;
      s.text =
        (got.doc as { content?: Array<{ content?: Array<{ text?: string }> }> }).content?.[0]?.content?.[0]?.text ??
        s.text;
      for (const [addendumId, a] of model.addenda) {
        if (a.sessionId === id && !got.addenda.some((g) => g.id === addendumId && g.text === a.text))
          lost.push(`addendum ${addendumId}`);
      }
    }
    for (const [id, hash] of model.documents) {
      if (!wanted(id)) continue;
      const r = await host.call('documents.get', { id });
      if (!r.ok || sha((r.value as { dataBase64: string }).dataBase64) !== hash) lost.push(`document ${id}`);
    }
  };

  const ack = (r: Reply): r is Reply & { ok: true } => {
    if (r.ok) acknowledged++;
    return r.ok;
  };

  /** One writer: serial requests, each on records only this writer touches. */
  const writer = async (host: HostProcess, w: number, stopped: () => boolean, touched: Set<string>) => {
    const mine = () =>
      [...model.sessions.entries()].filter(([, s]) => model.clients.get(s.clientId)?.endsWith(`#${w}`));
    while (!stopped()) {
      const roll = rnd();
      const n = ++counter;
      const clients = [...model.clients.entries()].filter(([, name]) => name.endsWith(`#${w}`)).map(([id]) => id);
      const clientId = pick(clients);
      try {
        if (!clientId || roll < 0.1) {
          const name = `Opdiktet Klient ${n} #${w}`;
          const r = await host.call('clients.create', { name });
          if (ack(r)) {
            const id = (r.value as { id: string }).id;
            model.clients.set(id, name);
            touched.add(id);
          }
        } else if (roll < 0.3) {
          const text = `Samtale ${n}: klienten beskrev søvn, uro og familien.`;
          const r = await host.call('sessions.create', { clientId, doc: noteDoc(text) });
          if (ack(r)) {
            const v = r.value as { id: string; revision: number };
            model.sessions.set(v.id, { clientId, revision: v.revision, text, signed: false });
            touched.add(v.id);
          }
        } else if (roll < 0.6) {
          const draft = pick(mine().filter(([, s]) => !s.signed));
          if (!draft) continue;
          const [id, s] = draft;
          const text = `${s.text.slice(0, 400)} Tilføjet ${n}.`;
          const r = await host.call('sessions.saveNote', { id, doc: noteDoc(text), revision: s.revision });
          if (ack(r)) {
            s.revision = (r.value as { revision: number }).revision;
            s.text = text;
            touched.add(id);
          }
        } else if (roll < 0.72) {
          const draft = pick(mine().filter(([, s]) => !s.signed));
          if (!draft) continue;
          const r = await host.call('sessions.sign', { id: draft[0] });
          if (ack(r)) {
            draft[1].signed = true;
            touched.add(draft[0]);
          }
        } else if (roll < 0.85) {
          const signed = pick(mine().filter(([, s]) => s.signed));
          if (!signed) continue;
          const text = `Rettelse ${n}: datoen var forkert.`;
          const r = await host.call('sessions.addAddendum', { id: signed[0], doc: noteDoc(text) });
          if (ack(r)) {
            const id = (r.value as { id: string }).id;
            model.addenda.set(id, { sessionId: signed[0], text });
            touched.add(signed[0]);
          }
        } else {
          const pdf = rnd() < 0.5;
          const bytes = pdf ? tinyPdf(`dokument ${n} ${'x'.repeat(Math.floor(rnd() * 20_000))}`) : PNG_1x1;
          const dataBase64 = bytes.toString('base64');
          const r = await host.call('documents.add', {
            clientId,
            fileName: pdf ? `brev-${n}.pdf` : `scan-${n}.png`,
            mimeType: pdf ? 'application/pdf' : 'image/png',
            dataBase64,
          });
          if (ack(r)) {
            const id = (r.value as { id: string }).id;
            model.documents.set(id, sha(dataBase64));
            touched.add(id);
          }
        }
      } catch {
        // The host was killed under this request: it was never acknowledged.
        return;
      }
    }
  };

  for (let round = 1; round <= options.rounds; round++) {
    const host = await startHostProcess(options.dataDir);
    try {
      if (round === 1) {
        const created = await host.call('vault.create', { passphrase: STRONG_PASSPHRASE });
        if (!created.ok) throw new Error(`vault.create failed: ${JSON.stringify(created.error)}`);
      } else {
        const unlocked = await host.call('vault.unlock', { passphrase: STRONG_PASSPHRASE });
        if (!unlocked.ok)
          throw new Error(`Round ${round}: the vault did not open after the kill: ${JSON.stringify(unlocked.error)}`);
        await verify(host, lastTouched);
      }
      let stop = false;
      const touched = new Set<string>();
      const running = Array.from({ length: writers }, (_, w) => writer(host, w, () => stop, touched));
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.floor(rnd() * 600)));
      host.child.kill('SIGKILL');
      stop = true;
      await host.exited;
      await Promise.all(running);
      lastTouched = touched;
      options.onRound?.(`round ${round}: ${acknowledged} acknowledged writes so far, lost ${lost.length}`);
    } finally {
      host.child.kill('SIGKILL');
    }
  }

  const last = await startHostProcess(options.dataDir);
  try {
    const unlocked = await last.call('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    if (!unlocked.ok) throw new Error(`The vault did not open after the last kill: ${JSON.stringify(unlocked.error)}`);
    await verify(last);
    await last.call('vault.lock');
  } finally {
    last.child.kill('SIGKILL');
    await last.exited;
  }
  const db = openKeyed(join(options.dataDir, VAULT_FILE), STRONG_PASSPHRASE);
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') lost.push(`integrity_check: ${String(check)}`);
  } finally {
    db.close();
  }
  return { rounds: options.rounds, acknowledged, lost, seed };
}
let lastTouched = new Set<string>();

/**
 * Changes the passphrase round after round and SIGKILLs the host at a random moment of the
 * change: afterwards the vault must open with the old passphrase or the new one, never neither.
 */
export async function rekeySoak(options: {
  dataDir: string;
  rounds: number;
  seed?: number;
  onRound?: (line: string) => void;
}) {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const rnd = random(seed);
  const phrases = [STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE] as const;
  let current = 0;
  let changeMs = 800;
  const outcomes = { old: 0, new: 0, neither: 0 };
  for (let round = 1; round <= options.rounds; round++) {
    const host = await startHostProcess(options.dataDir);
    try {
      if (round === 1) {
        const created = await host.call('vault.create', { passphrase: phrases[current] });
        if (!created.ok) throw new Error(`vault.create failed: ${JSON.stringify(created.error)}`);
        await host.call('clients.create', { name: 'Rekey Opdiktet' });
      } else {
        const before = current;
        let opened = (await host.call('vault.unlock', { passphrase: phrases[current] })).ok;
        if (!opened) {
          current = 1 - current;
          opened = (await host.call('vault.unlock', { passphrase: phrases[current] })).ok;
        }
        if (!opened) {
          outcomes.neither++;
          throw new Error(`Round ${round}: the vault opens with neither passphrase (seed ${seed}).`);
        }
        outcomes[current === before ? 'old' : 'new']++;
      }
      const started = Date.now();
      const change = host.call('vault.changePassphrase', { current: phrases[current], next: phrases[1 - current] });
      const killAt = Math.floor(rnd() * changeMs * 1.2);
      const timer = setTimeout(() => host.child.kill('SIGKILL'), killAt);
      const done = await change.then(
        (r) => r.ok,
        () => false,
      );
      if (done) changeMs = Math.max(200, Date.now() - started);
      clearTimeout(timer);
      host.child.kill('SIGKILL');
      await host.exited;
      options.onRound?.(`rekey round ${round}: killed after ${killAt} ms${done ? ' (the change had finished)' : ''}`);
    } finally {
      host.child.kill('SIGKILL');
    }
  }
  // After the last kill: whichever passphrase opens it, the file must be whole.
  let integrity = 'opens with neither passphrase';
  for (const phrase of phrases) {
    const db = openKeyed(join(options.dataDir, VAULT_FILE), phrase);
    try {
      if (keyIsRight(db)) integrity = String(db.pragma('integrity_check', { simple: true }));
    } finally {
      db.close();
    }
  }
  return { rounds: options.rounds, outcomes, integrity, seed };
}
