import { randomUUID } from 'node:crypto';
import { AllianceRepository, type RatingRow } from '../../electron/core/alliance/alliance-repository';
import { RuptureRepository, type RuptureRow } from '../../electron/core/ruptures/rupture-repository';
import { VaultService } from '../../electron/core/vault/vault-service';
import {
  REPAIR_MODELS,
  RUPTURE_MARKERS,
  RUPTURE_STRATEGIES,
  RUPTURE_TYPES,
} from '../../shared/clinical/rupture-catalogue';

export interface AllianceFillOptions {
  /** The share of sessions rated (0–1). */
  rated?: number;
  /** The share of clients whose practice uses the SRS, the rest rated by the clinician only. */
  srsClients?: number;
  /** Ruptures per rated session (0–1). */
  ruptureRate?: number;
  /** At most this many ruptures per client. */
  maxRupturesPerClient?: number;
  seed?: number;
}

/** A small deterministic generator, so every run fills the same vault. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * Adds alliance ratings and ruptures (with steps of repair and quoted passages) to a populated
 * vault, through the core's own repositories, in one transaction: the demo's timelines and the
 * benchmarks' data. Scores drift around a client's own level with occasional dips that mostly
 * come back; a rupture is logged at some of the dips, and at some sessions without one.
 */
export function populateAlliance(
  dataDir: string,
  passphrase: string,
  options: AllianceFillOptions = {},
): { ratings: number; ruptures: number } {
  const random = mulberry32(options.seed ?? 7);
  const vault = new VaultService({ dataDir });
  vault.unlock(passphrase);
  try {
    const db = vault.connection();
    const alliance = new AllianceRepository(db);
    const ruptures = new RuptureRepository(db);
    const sessions = db
      .prepare<[], { id: string; client_id: string; starts_at: string }>(
        'SELECT id, client_id, starts_at FROM sessions WHERE deleted_at IS NULL ORDER BY client_id, starts_at',
      )
      .all();
    const noteText = db.prepare<[string], string>('SELECT note_text FROM sessions WHERE id = ?').pluck();
    const byClient = new Map<string, typeof sessions>();
    for (const s of sessions) {
      const list = byClient.get(s.client_id);
      if (list) list.push(s);
      else byClient.set(s.client_id, [s]);
    }
    let ratingCount = 0;
    let ruptureCount = 0;
    db.transaction(() => {
      for (const [clientId, list] of byClient) {
        const srs = random() < (options.srsClients ?? 0.5);
        const level = 4.5 + random() * 2;
        let rupturesHere = 0;
        for (const [i, s] of list.entries()) {
          if (random() > (options.rated ?? 1)) continue;
          const dip = random() < 0.08;
          const base = clamp(level + (random() - 0.5) * 1.2 - (dip ? 2.5 : 0), 1, 7);
          const part = () => clamp(Math.round(base + (random() - 0.5)), 1, 7);
          const row: RatingRow = {
            session_id: s.id,
            client_id: clientId,
            goal: part(),
            task: part(),
            bond: part(),
            instrument: srs ? 'srs' : null,
            client_total: srs ? clamp(Math.round(((base - 1) / 6) * 40 + (random() - 0.5) * 3), 0, 40) : null,
            client_goal: null,
            client_task: null,
            client_bond: null,
            reflection: '',
            updated_at: s.starts_at,
          };
          alliance.upsert(row);
          ratingCount++;
          const logged = (dip && random() < 0.6) || random() < (options.ruptureRate ?? 0.05);
          if (!logged || rupturesHere >= (options.maxRupturesPerClient ?? Infinity)) continue;
          rupturesHere++;
          const type = RUPTURE_TYPES[Math.floor(random() * RUPTURE_TYPES.length)]!;
          const markers = RUPTURE_MARKERS.filter((m) => type === 'both' || m.type === type);
          const text = noteText.get(s.id) ?? '';
          const quoteStart = Math.floor(random() * Math.max(1, text.length - 60));
          const resolvedAt = list[Math.min(list.length - 1, i + 1 + Math.floor(random() * 3))]!;
          const outcome = random() < 0.7 ? 'resolved' : random() < 0.5 ? 'partlyResolved' : 'unresolved';
          const rupture: RuptureRow = {
            id: randomUUID(),
            client_id: clientId,
            session_id: s.id,
            type,
            intensity: 1 + Math.floor(random() * 5),
            markers: JSON.stringify([markers[Math.floor(random() * markers.length)]!.id]),
            strained: JSON.stringify(['bond']),
            strategies: JSON.stringify([RUPTURE_STRATEGIES[Math.floor(random() * RUPTURE_STRATEGIES.length)]!.id]),
            contribution: '',
            exact: text.length > 60 ? text.slice(quoteStart, quoteStart + 40) : null,
            prefix: text.length > 60 ? text.slice(Math.max(0, quoteStart - 32), quoteStart) : null,
            suffix: text.length > 60 ? text.slice(quoteStart + 40, quoteStart + 72) : null,
            position_start: text.length > 60 ? quoteStart : null,
            position_end: text.length > 60 ? quoteStart + 40 : null,
            outcome,
            resolved_session_id: outcome === 'resolved' ? resolvedAt.id : null,
            created_at: s.starts_at,
            updated_at: s.starts_at,
          };
          ruptures.insert(rupture);
          ruptureCount++;
          const steps = REPAIR_MODELS[type].slice(0, 1 + Math.floor(random() * REPAIR_MODELS[type].length));
          for (const stage of steps) {
            ruptures.insertStep({
              rupture_id: rupture.id,
              step: stage.step,
              stage: stage.id,
              session_id: s.id,
              recorded_at: s.starts_at,
            });
          }
        }
      }
    })();
    return { ratings: ratingCount, ruptures: ruptureCount };
  } finally {
    vault.lock();
  }
}
