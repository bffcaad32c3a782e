/**
 * Reads record.json as it arrives, one part at a time: each member of its top-level object
 * whole, except the arrays named `streamed`, whose items come one by one. So a record of any
 * size is read holding one session (or one audit entry) at a time, never the whole document.
 *
 * Any valid JSON is read, however it is laid out; anything else is refused (JsonShapeError). The
 * reader checks the top level's grammar itself (braces, keys, colons, commas) and leaves each part
 * to JSON.parse, which checks the rest.
 */

export class JsonShapeError extends Error {}

export interface RecordJsonParts {
  /** A top-level member that is not streamed, whole. */
  member(key: string, value: unknown): void;
  /** One item of a streamed array, with its index. */
  item(key: string, index: number, value: unknown): void;
  /** A streamed array has begun (so an empty one is known to be there). */
  array(key: string): void;
}

const enum State {
  Root,
  FirstKey,
  Key,
  Colon,
  Value,
  AfterMember,
  FirstItem,
  Item,
  AfterItem,
  Done,
}

/** What a captured value is for. */
const enum Target {
  Key,
  Member,
  Item,
}

const enum Shape {
  Nested,
  String,
  Scalar,
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
// The characters that end a number, true, false or null.
const isScalarEnd = (c: number) => isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d;
const isValueStart = (c: number) =>
  c === 0x7b ||
  c === 0x5b ||
  c === 0x22 ||
  c === 0x2d ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x74 ||
  c === 0x66 ||
  c === 0x6e;

// Inside a string only a quote or a backslash matters; outside, quotes and brackets.
const STRING_STOP = /["\\]/g;
const NESTED_STOP = /["{}[\]]/g;

export class RecordJsonReader {
  private state = State.Root;
  private key = '';
  private readonly keys = new Set<string>();
  private index = 0;
  // The value being captured, when one is.
  private capturing = false;
  private target = Target.Key;
  private shape = Shape.Nested;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private partsLength = 0;
  /** Where the value began in the current text (-1: in an earlier push, kept in `parts`). */
  private start = -1;

  constructor(
    private readonly streamed: ReadonlySet<string>,
    private readonly sink: RecordJsonParts,
    /** The longest one part may be, in characters: what a hostile file can make the reader hold. */
    private readonly maxPart: number,
  ) {}

  push(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.capturing) {
        i = this.capture(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      switch (this.state) {
        case State.Root:
          if (c !== 0x7b) throw new JsonShapeError('record.json is not a JSON object');
          this.state = State.FirstKey;
          i++;
          break;
        case State.FirstKey:
        case State.Key:
          if (c === 0x7d && this.state === State.FirstKey) {
            this.state = State.Done;
            i++;
          } else if (c === 0x22) {
            this.begin(Target.Key, c);
          } else {
            throw new JsonShapeError('a key was expected');
          }
          break;
        case State.Colon:
          if (c !== 0x3a) throw new JsonShapeError('a colon was expected');
          this.state = State.Value;
          i++;
          break;
        case State.Value:
          if (c === 0x5b && this.streamed.has(this.key)) {
            this.sink.array(this.key);
            this.index = 0;
            this.state = State.FirstItem;
            i++;
          } else {
            this.begin(Target.Member, c);
          }
          break;
        case State.AfterMember:
          if (c === 0x2c) this.state = State.Key;
          else if (c === 0x7d) this.state = State.Done;
          else throw new JsonShapeError('a comma or the end of the object was expected');
          i++;
          break;
        case State.FirstItem:
        case State.Item:
          if (c === 0x5d && this.state === State.FirstItem) {
            this.state = State.AfterMember;
            i++;
          } else {
            this.begin(Target.Item, c);
          }
          break;
        case State.AfterItem:
          if (c === 0x2c) this.state = State.Item;
          else if (c === 0x5d) this.state = State.AfterMember;
          else throw new JsonShapeError('a comma or the end of a list was expected');
          i++;
          break;
        case State.Done:
          throw new JsonShapeError('there is more after the end of the record');
      }
    }
  }

  /** The text has ended: it must have ended with the record. */
  end(): void {
    if (this.state !== State.Done || this.capturing) throw new JsonShapeError('record.json ends early');
  }

  private begin(target: Target, c: number): void {
    if (!isValueStart(c)) throw new JsonShapeError('a value was expected');
    this.capturing = true;
    this.target = target;
    this.shape = c === 0x22 ? Shape.String : c === 0x7b || c === 0x5b ? Shape.Nested : Shape.Scalar;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.parts = [];
    this.partsLength = 0;
    this.start = -1;
  }

  /**
   * Scans on from `i` until the value ends; answers where scanning stopped (the text's length
   * while the value goes on into the next push).
   */
  private capture(text: string, i: number): number {
    if (this.start < 0 && this.parts.length === 0) this.start = i;
    const n = text.length;
    let j = i;
    if (this.shape === Shape.Scalar) {
      while (j < n && !isScalarEnd(text.charCodeAt(j))) j++;
      if (j === n) return this.pending(text, n);
      return this.complete(text, j);
    }
    while (j < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          j++;
          continue;
        }
        STRING_STOP.lastIndex = j;
        const stop = STRING_STOP.exec(text);
        if (!stop) return this.pending(text, n);
        j = stop.index + 1;
        if (text.charCodeAt(stop.index) === 0x5c) this.escaped = true;
        else {
          this.inString = false;
          if (this.shape === Shape.String) return this.complete(text, j);
        }
        continue;
      }
      if (this.shape === Shape.String) {
        // The opening quote.
        this.inString = true;
        j++;
        continue;
      }
      NESTED_STOP.lastIndex = j;
      const stop = NESTED_STOP.exec(text);
      if (!stop) return this.pending(text, n);
      j = stop.index + 1;
      const c = text.charCodeAt(stop.index);
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (--this.depth === 0) return this.complete(text, j);
    }
    return this.pending(text, n);
  }

  /** The value goes on past this text: what is here is kept for the next push. */
  private pending(text: string, n: number): number {
    this.keep(text, this.start < 0 ? 0 : this.start, n);
    this.start = -1;
    return n;
  }

  private keep(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.partsLength += to - from;
    if (this.partsLength > this.maxPart) throw new JsonShapeError('one part of record.json is larger than Trygg reads');
    this.parts.push(text.slice(from, to));
  }

  private complete(text: string, end: number): number {
    const from = this.start < 0 ? 0 : this.start;
    this.keep(text, from, end);
    const source = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    this.start = -1;
    this.capturing = false;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      throw new JsonShapeError('record.json is not valid JSON');
    }
    switch (this.target) {
      case Target.Key:
        this.key = value as string;
        if (this.keys.has(this.key)) throw new JsonShapeError(`record.json names "${this.key}" twice`);
        this.keys.add(this.key);
        this.state = State.Colon;
        break;
      case Target.Member:
        this.sink.member(this.key, value);
        this.state = State.AfterMember;
        break;
      case Target.Item:
        this.sink.item(this.key, this.index++, value);
        this.state = State.AfterItem;
        break;
    }
    return end;
  }
}
