import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

// Test-only: zip packages written by hand, so a test can make a zip bomb (hundreds of MB of spaces in a
// sheet, deflated to a few hundred KB) without committing one, and can make its directory lie about sizes.

export interface ZipPart {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  /** The uncompressed size the directory declares (a lie, when it differs from size). */
  declaredSize?: number;
}

export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const partOf = (name: string, content: Buffer): ZipPart =>
  ({ name, data: deflateRawSync(content), crc: crc32(content), size: content.length });

/** `before`, then `megabytes` MB of spaces, then `after`, deflated as a stream (never all in memory). */
export async function deflatedPadding(name: string, before: string, megabytes: number, after: string): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  let crc = 0;
  const write = async (chunk: Buffer) => {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(before));
  for (let i = 0; i < megabytes; i++) await write(spaces);
  await write(Buffer.from(after));
  deflate.end();
  await done;
  return { name, data: Buffer.concat(chunks), crc, size: Buffer.byteLength(before) + megabytes * 1024 * 1024 + Buffer.byteLength(after) };
}

/** A real workbook whose first sheet has `megabytes` MB of spaces inside its sheetData. */
export async function zipBombXlsx(workbook: Buffer, megabytes: number, options: { lieAboutSize?: boolean } = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const parts: ZipPart[] = [];
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    const content = await zip.file(name)!.async('nodebuffer');
    if (name !== 'xl/worksheets/sheet1.xml') {
      parts.push(partOf(name, content));
      continue;
    }
    const xml = content.toString('utf8');
    const at = xml.indexOf('<sheetData>') + '<sheetData>'.length;
    const bomb = await deflatedPadding(name, xml.slice(0, at), megabytes, xml.slice(at));
    parts.push(options.lieAboutSize ? { ...bomb, declaredSize: bomb.data.length * 2 } : bomb);
  }
  return zipOf(parts);
}
