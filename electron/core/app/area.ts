import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import type { Handler, HandlerTable } from '../dispatch';
import type { Db } from '../vault/sqlcipher';
import type { LockReason } from '../vault/vault-service';

export type Handlers<M extends MethodName> = { [K in M]: Handler<K> };

/**
 * One domain area's slice of the core: the handlers for its own methods of the contract, and
 * what it does when the vault opens and closes. An area reaches another only through the
 * services it is given when created, never through the other's tables.
 */
export interface Area<M extends MethodName> {
  readonly name: string;
  readonly handlers: Handlers<M>;
  /** After the vault opened and its migrations ran; a throw keeps the vault locked. */
  readonly onUnlock?: (unlocked: { db: Db; passphrase: string; path: string }) => void;
  /**
   * Before the vault's connection closes (the lock has been decided; this cannot stop it). The
   * reason is 'swap' when the file is being replaced and opened again at once.
   */
  readonly onLock?: (reason: LockReason) => void;
}

export const defineArea = <M extends MethodName>(area: Area<M>): Area<M> => area;

type MethodsOf<A> = A extends Area<infer M> ? M : never;
type Missing<As extends readonly Area<never>[]> = Exclude<MethodName, MethodsOf<As[number]>>;

/**
 * The one request table, joined from the areas' slices. A method of the contract that no area
 * serves is a compile error here; one served twice is refused when the core starts.
 */
export function combineAreas<const As extends readonly Area<never>[]>(
  areas: As,
  ...complete: [Missing<As>] extends [never] ? [] : [missing: Missing<As>]
): HandlerTable {
  void complete;
  const table: Partial<Record<MethodName, unknown>> = {};
  const owner = new Map<string, string>();
  for (const area of areas) {
    for (const [method, handler] of Object.entries(area.handlers as Record<string, unknown>)) {
      const first = owner.get(method);
      if (first) throw new Error(`${method} is served by both the ${first} and the ${area.name} area.`);
      owner.set(method, area.name);
      table[method as MethodName] = handler;
    }
  }
  const unserved = METHOD_NAMES.filter((m) => !owner.has(m));
  if (unserved.length > 0) throw new Error(`No area serves ${unserved.join(', ')}.`);
  return table as HandlerTable;
}
