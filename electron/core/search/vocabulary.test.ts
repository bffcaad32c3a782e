import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../vault/migrations';
import { Vocabulary } from './vocabulary';

function emptyVault() {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

describe('the vocabulary read in the background', () => {
  it('is used when nothing was written meanwhile', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    await vocabulary.preload(async () => [['tilknytningsmønstre', 3]]);
    expect(vocabulary.compoundsOf('mønster')).toEqual(['tilknytningsmønstre']);
  });

  it('is dropped when a text was written while it was read, and read here instead', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    let answer: (rows: unknown[][]) => void = () => undefined;
    const reading = vocabulary.preload(() => new Promise((resolve) => (answer = resolve)));
    let waited = false;
    const waiting = vocabulary.whenLoaded().then(() => (waited = true));
    await Promise.resolve();
    expect(waited).toBe(false);
    vocabulary.add('Et nytt alliansebrudd.');
    answer([['gammeltord', 1]]);
    await reading;
    await waiting;
    expect(waited).toBe(true);
    expect(vocabulary.compoundsOf('ammeltord')).toEqual([]);
  });

  it('is not asked for once the first search has read it here', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    vocabulary.compoundsOf('brudd');
    let asked = false;
    await vocabulary.preload(() => {
      asked = true;
      return Promise.resolve([]);
    });
    expect(asked).toBe(false);
  });

  it('finds words read and words written since, inside compounds and by their beginning', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    await vocabulary.preload(async () => [
      ['tilknytningsmønstre', 3],
      ['mønster', 9],
      ['relasjonsmønster', 5],
      ['tilknytning', 7],
    ]);
    expect(vocabulary.compoundsOf('mønster')).toEqual(['relasjonsmønster', 'tilknytningsmønstre']);
    vocabulary.add('Et nytt samspillsmønster og en tilknytningsperson.');
    expect(vocabulary.compoundsOf('mønster')).toEqual(['relasjonsmønster', 'tilknytningsmønstre', 'samspillsmønster']);
    expect(vocabulary.wordsStartingWith('tilknyt')).toEqual([
      'tilknytningsmønstre',
      'tilknytning',
      'tilknytningsperson',
    ]);
    expect(vocabulary.wordsStartingWith('mønst')).toEqual(['mønster']);
    expect(vocabulary.wordsStartingWith('ønster')).toEqual([]);
  });
});
