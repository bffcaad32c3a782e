/** Upper bounds on free text, so no request can balloon the vault or the process. */
export { MAX_PASSPHRASE_LENGTH, MAX_SHORT_TEXT } from './constants';
