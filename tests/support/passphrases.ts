/** Passphrases the tests use; no test framework here, so scripts (npm run soak) can import it too. */
export const STRONG_PASSPHRASE = 'correct horse battery staple fjord';
export const OTHER_STRONG_PASSPHRASE = 'lantern otter velvet quarry meadow';
