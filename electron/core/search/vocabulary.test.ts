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

  it('is read there again when a text was written while it was read, and read here after a few tries', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    const answers: Array<(rows: unknown[][]) => void> = [];
    const reading = vocabulary.preload(() => new Promise((resolve) => answers.push(resolve)));
    let waited = false;
    const waiting = vocabulary.whenLoaded().then(() => (waited = true));
    for (let attempt = 0; attempt < 3; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(answers).toHaveLength(attempt + 1);
      expect(waited).toBe(false);
      expect(vocabulary.isLoading()).toBe(true);
      vocabulary.add(`Et nytt alliansebrudd nummer ${attempt}.`);
      answers[attempt]?.([['gammeltord', 1]]);
    }
    await reading;
    await waiting;
    expect(waited).toBe(true);
    expect(vocabulary.isLoading()).toBe(false);
    // Every copy missed a write: the word list is read here, and the stale copy never used.
    expect(vocabulary.compoundsOf('ammeltord')).toEqual([]);
  });

  it('uses the copy read again once nothing was written meanwhile', async () => {
    const vocabulary = new Vocabulary(emptyVault());
    let calls = 0;
    let answerFirst: (rows: unknown[][]) => void = () => undefined;
    const reading = vocabulary.preload(() => {
      calls++;
      return calls === 1
        ? new Promise((resolve) => (answerFirst = resolve))
        : Promise.resolve([['tilknytningsmønstre', 3]]);
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    vocabulary.add('Et nytt ord.');
    answerFirst([['gammeltord', 1]]);
    await reading;
    expect(calls).toBe(2);
    expect(vocabulary.compoundsOf('mønster')).toEqual(['tilknytningsmønstre']);
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
