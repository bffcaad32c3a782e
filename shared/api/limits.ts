/** Upper bounds on free text, so no request can balloon the vault or the process. */
export const MAX_PASSPHRASE_LENGTH = 1024;
export const MAX_SHORT_TEXT = 200;
