import { closeSync, constants, fstatSync, openSync, read, readSync } from 'node:fs';
import { Inflate } from 'fflate';

/**
 * A ZIP archive on disk read through its central directory: every entry's exact place and size
 * are known before a byte of it is read, and each entry is read from the file in small slices
 * (inflated with fflate), never the archive whole.
 *
 * Why not fflate's streaming Unzip: an entry written with a data descriptor (as every streaming
 * writer does, fflate's Zip included) has no size in its local header, and Unzip finds its end
 * by looking for the next header's signature, which a document's own bytes may hold; the entry
 * then ends early and a sound archive is refused (record.test.ts shows it).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  size: number;
  /** Where the local header starts. */
  headerOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
/** A slice of a stored entry read at once. */
const STORED_SLICE = 1 << 20;
/** A slice of a deflated entry: small, since text inflates to many times its size. */
const DEFLATED_SLICE = 16 << 10;

export class ZipReader {
  private closed = false;
  /**
   * Slice buffers not in use. A read takes one and gives it back when done: a read may start
   * inside another's callback (a document read while record.json is being read), and fflate's
   * Inflate still looks at the slice it was given while it hands on what it inflated.
   */
  private readonly free: Buffer[] = [];

  private constructor(
    private readonly fd: number,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    /** Where the central directory starts: every entry's data lies before it. */
    private readonly dataEnd: number,
  ) {}

  /** Opens the archive and reads its central directory; ZipFormatError when it is not a ZIP archive Trygg reads. */
  static open(path: string, maxBytes: number): ZipReader {
    // Without blocking: a pipe given as the archive would otherwise hold the thread until written to.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new ZipFormatError('not a file');
      const { size } = stat;
      if (size > maxBytes) throw new ZipFormatError('too large');
      const { entries, directoryOffset } = readDirectory(fd, size);
      return new ZipReader(fd, entries, directoryOffset);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  /** Hands the entry's bytes, inflated, to `onData` slice by slice, reading the file asynchronously between slices. */
  async read(entry: ZipEntry, onData: (chunk: Uint8Array) => void): Promise<void> {
    const buffer = this.free.pop() ?? Buffer.allocUnsafe(STORED_SLICE);
    try {
      const slices = this.slices(entry, buffer, onData);
      while (slices.position !== undefined) {
        const { bytesRead } = await promisedRead(this.fd, slices.buffer, slices.length, slices.position);
        slices.take(bytesRead);
      }
    } finally {
      this.free.push(buffer);
    }
  }

  /** The same, synchronously (inside a transaction, where nothing else may run meanwhile). */
  readSync(entry: ZipEntry, onData: (chunk: Uint8Array) => void): void {
    const buffer = this.free.pop() ?? Buffer.allocUnsafe(STORED_SLICE);
    try {
      const slices = this.slices(entry, buffer, onData);
      while (slices.position !== undefined) {
        slices.take(readSync(this.fd, slices.buffer, 0, slices.length, slices.position));
      }
    } finally {
      this.free.push(buffer);
    }
  }

  /**
   * The entry as slices of the file: the local header first (for where the data starts), then
   * the data, every size checked against the central directory. An entry that inflates to more
   * or less than it says is refused, so no archive can make the reader hold more than it declares.
   */
  private slices(entry: ZipEntry, slice: Buffer, onData: (chunk: Uint8Array) => void): Slices {
    let produced = 0;
    const deliver = (chunk: Uint8Array) => {
      produced += chunk.length;
      if (produced > entry.size) throw new ZipFormatError('entry larger than it says');
      if (chunk.length > 0) onData(chunk);
    };
    const inflate = entry.method === 8 ? new Inflate((chunk) => deliver(chunk)) : null;
    const buffer = slice.subarray(0, inflate ? DEFLATED_SLICE : STORED_SLICE);
    let start = -1;
    let offset = 0;
    const slices: Slices = {
      buffer,
      length: 30,
      position: entry.headerOffset,
      take: (read) => {
        if (start < 0) {
          if (read !== 30 || buffer.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError('local header');
          start = entry.headerOffset + 30 + buffer.readUInt16LE(26) + buffer.readUInt16LE(28);
          if (start + entry.compressedSize > this.dataEnd) throw new ZipFormatError('entry past its end');
        } else {
          if (read <= 0) throw new ZipFormatError('archive ends early');
          offset += read;
          // A view of the one slice buffer: whoever takes it uses it before the next read.
          if (inflate) inflate.push(buffer.subarray(0, read), false);
          else deliver(buffer.subarray(0, read));
        }
        if (offset < entry.compressedSize) {
          slices.length = Math.min(buffer.length, entry.compressedSize - offset);
          slices.position = start + offset;
          return;
        }
        slices.position = undefined;
        if (inflate) inflate.push(new Uint8Array(0), true);
        if (produced !== entry.size) throw new ZipFormatError('entry smaller than it says');
      },
    };
    return slices;
  }
}

/** The next read an entry needs (`position` undefined once it is whole), and what to do with it. */
interface Slices {
  buffer: Buffer;
  length: number;
  position: number | undefined;
  take(bytesRead: number): void;
}

const promisedRead = (fd: number, buffer: Buffer, length: number, position: number) =>
  new Promise<{ bytesRead: number }>((resolve, reject) =>
    read(fd, buffer, 0, length, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead }))),
  );

function readDirectory(fd: number, size: number): { entries: Map<string, ZipEntry>; directoryOffset: number } {
  if (size < EOCD_BYTES) throw new ZipFormatError('too small');
  const tailLength = Math.min(size, EOCD_BYTES + MAX_COMMENT);
  const tail = Buffer.alloc(tailLength);
  readFully(fd, tail, size - tailLength);
  // The end record is the last one whose comment reaches exactly to the end of the file.
  let at = -1;
  for (let i = tailLength - EOCD_BYTES; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE && i + EOCD_BYTES + tail.readUInt16LE(i + 20) === tailLength) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no end of central directory');
  const disk = tail.readUInt16LE(at + 4);
  const directoryDisk = tail.readUInt16LE(at + 6);
  const onDisk = tail.readUInt16LE(at + 8);
  const count = tail.readUInt16LE(at + 10);
  const directorySize = tail.readUInt32LE(at + 12);
  const directoryOffset = tail.readUInt32LE(at + 16);
  const endOffset = size - tailLength + at;
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) throw new ZipFormatError('split archive');
  if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK || count === 0xffff)
    throw new ZipFormatError('zip64');
  if (directoryOffset + directorySize > endOffset) throw new ZipFormatError('directory past its end');

  const directory = Buffer.alloc(directorySize);
  readFully(fd, directory, directoryOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw new ZipFormatError('directory entry');
    const flags = directory.readUInt16LE(p + 8);
    const method = directory.readUInt16LE(p + 10);
    const compressedSize = directory.readUInt32LE(p + 20);
    const uncompressedSize = directory.readUInt32LE(p + 24);
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const headerOffset = directory.readUInt32LE(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > directory.length) throw new ZipFormatError('directory entry');
    // Bit 11 says the name is UTF-8; names Trygg writes are ASCII, which both readings agree on.
    const name = directory.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    if (flags & 0x1) throw new ZipFormatError('encrypted');
    if (method !== 0 && method !== 8) throw new ZipFormatError('compression');
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || headerOffset === ZIP64_MARK)
      throw new ZipFormatError('zip64');
    if (method === 0 && compressedSize !== uncompressedSize) throw new ZipFormatError('stored sizes');
    if (headerOffset + 30 > directoryOffset) throw new ZipFormatError('entry past its end');
    if (entries.has(name)) throw new ZipDuplicateError(name);
    entries.set(name, { name, method, compressedSize, size: uncompressedSize, headerOffset });
    p = end;
  }
  return { entries, directoryOffset };
}

/** The archive names one file twice: which of them is meant cannot be told. */
export class ZipDuplicateError extends ZipFormatError {
  constructor(readonly entryName: string) {
    super(`${entryName} twice`);
  }
}

function readFully(fd: number, buffer: Buffer, position: number): void {
  let done = 0;
  while (done < buffer.length) {
    const read = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (read <= 0) throw new ZipFormatError('archive ends early');
    done += read;
  }
}
