import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, PASSPHRASE_HINTS, VAULT_STATES } from './constants';

export { MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE, PASSPHRASE_HINTS } from './constants';

export const vaultStateSchema = z.enum(VAULT_STATES);
export type VaultState = z.infer<typeof vaultStateSchema>;

const passphrase = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);
/**
 * A new passphrase: no control characters (a tab, a line break, NUL), which a keyboard cannot
 * type back reliably at the unlock screen. Unlocking accepts whatever an older vault was made with.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const newPassphrase = passphrase.refine((p) => !CONTROL.test(p), {
  message:
    'A passphrase cannot contain control characters such as a tab, a line break or a NUL. Use letters, digits, spaces and punctuation.',
});
const empty = z.strictObject({});

export const passphraseHintSchema = z.enum(PASSPHRASE_HINTS);
export type PassphraseHint = z.infer<typeof passphraseHintSchema>;

export const vaultMethods = {
  'vault.status': {
    input: empty,
    output: z.object({ state: vaultStateSchema }),
  },
  'vault.create': {
    input: z.strictObject({ passphrase: newPassphrase }),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault.unlock': {
    input: z.strictObject({ passphrase }),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault.lock': {
    input: empty,
    output: z.object({ state: vaultStateSchema }),
  },
  /** Marks the clinician as active, postponing the idle lock. */
  'vault.touch': {
    input: empty,
    output: z.object({ state: vaultStateSchema }),
  },
  'vault.changePassphrase': {
    input: z.strictObject({ current: passphrase, next: newPassphrase }),
    output: z.object({ changed: z.literal(true) }),
  },
  'vault.passphraseStrength': {
    input: z.strictObject({ passphrase }),
    output: z.object({
      score: z.number().int().min(0).max(4),
      acceptable: z.boolean(),
      hints: z.array(passphraseHintSchema),
    }),
  },
} as const;
