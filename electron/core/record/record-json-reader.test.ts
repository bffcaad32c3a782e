import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonShapeError, RecordJsonReader } from './record-json-reader';

const STREAMED = new Set(['sessions', 'audit']);

/** Reads `text` in the given slices; answers what the reader handed on, as one object again. */
function read(text: string, cuts: number[] = [], maxPart = 1 << 20): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const reader = new RecordJsonReader(
    STREAMED,
    {
      member: (key, value) => (out[key] = value),
      array: (key) => (out[key] = []),
      item: (key, index, value) => {
        const list = out[key] as unknown[];
        expect(index).toBe(list.length);
        list.push(value);
      },
    },
    maxPart,
  );
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  reader.end();
  return out;
}

// Strings with everything that could end a value early if the reader miscounted: quotes,
// backslashes, brackets, commas, and characters beyond the Basic Multilingual Plane.
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'æ', '😀', 'a', '\n') });
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('any'), { maxKeys: 4 }),
  ),
})).any;
const record = fc.record({
  format: tricky,
  client: fc.dictionary(tricky, value, { maxKeys: 5 }),
  sessions: fc.array(value, { maxLength: 6 }),
  audit: fc.array(fc.dictionary(tricky, value, { maxKeys: 3 }), { maxLength: 4 }),
  other: fc.array(value, { maxLength: 3 }),
});

describe('record.json read part by part', () => {
  it('gives what JSON.parse gives, however the text is laid out and cut', () => {
    fc.assert(
      fc.property(record, fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), (r, pretty, cuts) => {
        const text = pretty ? JSON.stringify(r, null, 2) : JSON.stringify(r);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        expect(
          read(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
        ).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('reads one character at a time', () => {
    const text = '{ "sessions" : [ {"a":"x\\"]}"} , 1 ,"s", [2] ,null,true ] ,"client":{"b":[1,{"c":"\\\\"}]} }';
    expect(read(text, [...Array(text.length).keys()])).toEqual(JSON.parse(text));
  });

  it.each([
    ['not an object', '[1]'],
    ['a missing colon', '{"a" 1}'],
    ['a trailing comma', '{"a":1,}'],
    ['a trailing comma in a list', '{"sessions":[1,]}'],
    ['two commas', '{"sessions":[1,,2]}'],
    ['an unquoted key', '{a:1}'],
    ['a bad value', '{"a":tru}'],
    ['a bad item', '{"sessions":[{"a":}]}'],
    ['mismatched brackets', '{"sessions":[{"a":1]]}'],
    ['text after the end', '{"a":1} x'],
    ['an early end', '{"sessions":[{"a":1}'],
    ['a key twice', '{"a":1,"a":2}'],
    ['nothing', ''],
  ])('refuses %s', (_what, text) => {
    expect(() => read(text)).toThrow(JsonShapeError);
  });

  it('refuses a part longer than it may hold, before holding more', () => {
    const text = JSON.stringify({ sessions: ['x'.repeat(5000)] });
    expect(() => read(text, [100, 200, 3000], 1000)).toThrow(/larger than Trygg reads/);
  });
});
