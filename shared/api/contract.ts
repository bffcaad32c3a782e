import type { z } from 'zod';
import { allianceMethods } from './alliance';
import { backupMethods } from './backups';
import { documentMethods } from './documents';
import { evidenceMethods } from './evidence';
import { formulationMethods } from './formulations';
import { hypothesisMethods } from './hypotheses';
import { jobMethods } from './jobs';
import { overviewMethods } from './overview';
import { recordMethods } from './record';
import { retentionMethods } from './retention';
import { ruptureMethods } from './ruptures';
import { auditMethods } from './audit';
import { clientMethods } from './clients';
import { searchMethods } from './search';
import { summaryMethods } from './summary';
import { sessionMethods } from './sessions';
import { settingsMethods } from './settings';
import { templateMethods } from './templates';
import { vaultMethods } from './vault';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** Every public method: its name, the schema of its input and of its output. */
export const contract = {
  ...vaultMethods,
  ...settingsMethods,
  ...clientMethods,
  ...sessionMethods,
  ...templateMethods,
  ...documentMethods,
  ...auditMethods,
  ...searchMethods,
  ...jobMethods,
  ...backupMethods,
  ...formulationMethods,
  ...hypothesisMethods,
  ...evidenceMethods,
  ...summaryMethods,
  ...recordMethods,
  ...allianceMethods,
  ...ruptureMethods,
  ...overviewMethods,
  ...retentionMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
