/**
 * One step of the vault's schema. A migration that has shipped never changes: its SQL is written
 * out here in full and it imports nothing that can change later (the schema snapshot test shows
 * any change as a diff). Each runs in one transaction with the version it brings.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
