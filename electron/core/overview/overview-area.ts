import type { Overview } from '@shared/api/overview';
import { OVERVIEW_LIST_MAX } from '@shared/api/overview';
import { RUPTURE_TYPES } from '@shared/clinical/rupture-catalogue';
import { defineArea } from '../app/area';
import type { CoreContext } from '../app/context';
import type { AllianceService } from '../alliance/alliance-service';
import type { ClientService } from '../clients/client-service';
import type { RuptureService } from '../ruptures/rupture-service';
import type { SessionService } from '../sessions/session-service';

export interface OverviewDeps {
  alliance: Pick<AllianceService, 'of' | 'ratedClients' | 'rule'>;
  ruptures: Pick<RuptureService, 'clientsWithRuptures'>;
  sessions: Pick<SessionService, 'unsigned'>;
  clients: Pick<ClientService, 'names'>;
}

const time = (iso: string): number => Date.parse(iso);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The practice at a glance. It owns no tables: it reads each client's alliance and ruptures from
 * the alliance area (kept per client until something of theirs changes, so a call walks what is
 * kept instead of reading every rating), and the unsigned notes from the sessions area.
 */
export function createOverviewArea(ctx: CoreContext, deps: OverviewDeps) {
  function get(): Overview {
    const now = ctx.now();
    const monthStart = new Date(now.getFullYear(), now.getMonth(), 1).getTime();
    const monthEnd = new Date(now.getFullYear(), now.getMonth() + 1, 1).getTime();
    const names = new Map<string, { name: string; pseudonym: string }>();
    const ref = (clientId: string) => {
      let found = names.get(clientId);
      if (!found) names.set(clientId, (found = deps.clients.names(clientId)));
      return { clientId, clientName: found.name, clientPseudonym: found.pseudonym };
    };

    const clients = new Set([...deps.alliance.ratedClients(), ...deps.ruptures.clientsWithRuptures()]);
    const rule = deps.alliance.rule();
    type Open = Overview['openRuptures']['items'][number];
    type Unnoticed = Overview['possibleUnnoticed']['items'][number];
    // Each with its time, so sorting parses no date.
    const open: Array<{ at: number; item: Omit<Open, 'clientName' | 'clientPseudonym'> }> = [];
    const unnoticed: Array<{ at: number; item: Omit<Unnoticed, 'clientName' | 'clientPseudonym'> }> = [];
    const byType = Object.fromEntries(RUPTURE_TYPES.map((t) => [t, 0])) as Overview['rupturesThisMonth']['byType'];
    for (const clientId of clients) {
      const view = deps.alliance.of(clientId, rule);
      for (const dip of view.detection.dips) {
        if (!dip.unnoticed) continue;
        const item = {
          clientId,
          sessionId: dip.sessionId,
          startsAt: dip.startsAt,
          dropSd: dip.dropSd,
          repairedAtSessionId: dip.repairedAtSessionId,
        };
        unnoticed.push({ at: time(dip.startsAt), item });
      }
      for (const r of view.ruptures) {
        const at = time(r.sessionStartsAt);
        if (at >= monthStart && at < monthEnd) byType[r.type]++;
        if (r.outcome === 'resolved') continue;
        open.push({
          at,
          item: {
            id: r.id,
            clientId,
            sessionId: r.sessionId,
            sessionStartsAt: r.sessionStartsAt,
            type: r.type,
            intensity: r.intensity,
            outcome: r.outcome,
            stage: r.stage,
            lastActivityAt: r.steps.at(-1)?.sessionStartsAt ?? r.sessionStartsAt,
          },
        });
      }
    }
    open.sort((a, b) => a.at - b.at);
    unnoticed.sort((a, b) => b.at - a.at);
    const unsigned = deps.sessions.unsigned();
    return {
      openRuptures: {
        count: open.length,
        items: open.slice(0, OVERVIEW_LIST_MAX).map(({ item }) => ({ ...item, ...ref(item.clientId) })),
      },
      possibleUnnoticed: {
        count: unnoticed.length,
        items: unnoticed.slice(0, OVERVIEW_LIST_MAX).map(({ item }) => ({ ...item, ...ref(item.clientId) })),
      },
      unsignedNotes: { count: unsigned.length, items: unsigned.slice(0, OVERVIEW_LIST_MAX) },
      rupturesThisMonth: {
        month: `${now.getFullYear()}-${pad(now.getMonth() + 1)}`,
        total: RUPTURE_TYPES.reduce((sum, t) => sum + byType[t], 0),
        byType,
      },
    };
  }

  return defineArea({ name: 'overview', handlers: { 'overview.get': () => get() } });
}
