// An encoding error names the line of the first bad byte and its offset, not a 1 MiB chunk
// (issue 21).
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/records/errors.ts';
import { SniffingDecoder } from '../../../../src/records/decode.ts';

function decodeAll(chunks: Buffer[]): IngestError {
  const d = new SniffingDecoder('observations/x.csv');
  try {
    chunks.forEach((c, i) => d.write(c, i === chunks.length - 1));
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

const row = (i: number): string => `2025-01-01T00:00:00,站${i},12\n`; // UTF-8, 3-byte characters

describe('encoding errors name the first bad byte', () => {
  it('a bad byte deep in the second of several 1 MiB chunks', () => {
    const good = Buffer.from(Array.from({ length: 60_000 }, (_, i) => row(i)).join(''));
    const badAt = good.length + 10;
    const tail = Buffer.concat([
      Buffer.from('2025-01-02T00:00:00,'),
      Buffer.from([0xff]),
      Buffer.from(',1\n'),
    ]);
    const all = Buffer.concat([good, tail]);
    const chunks = [all.subarray(0, 1 << 20), all.subarray(1 << 20)];
    const e = decodeAll(chunks);
    expect(e.line).toBe(60_001);
    expect(e.message).toContain(`invalid byte 0xff at offset ${badAt + 10}`);
  });

  it('a chunk border inside a good character is not an error, and lines still count', () => {
    const text = Buffer.from(row(1) + row(2) + row(3));
    const split = text.indexOf(Buffer.from('站2')) + 1; // inside the 3 bytes of 站
    const d = new SniffingDecoder('x.csv');
    const out = d.write(text.subarray(0, split), false) + d.write(text.subarray(split), true);
    expect(out).toBe(row(1) + row(2) + row(3));
  });

  it('a character cut at the end of the file names the last line', () => {
    const body = 'a,b\n' + '站,1\n'.repeat(2000) + '站';
    const e = decodeAll([Buffer.concat([Buffer.from(body), Buffer.from([0xe7, 0xab])])]);
    expect(e.line).toBe(2002);
    expect(e.message).toContain('cannot be decoded as utf-8: a character cut short at the end');
  });

  it('GB18030 turning invalid names its line', () => {
    const gbk = Buffer.from([0xce, 0xf7, 0xc6, 0xbd, 0x0a]); // 西平\n in GBK
    const body = Buffer.concat([
      Buffer.from('a,b\n'),
      ...Array.from({ length: 2000 }, () => gbk),
      Buffer.from([0xff, 0x0a]),
    ]);
    const e = decodeAll([body]);
    expect(e.line).toBe(2002);
    expect(e.message).toContain('cannot be decoded as gb18030: invalid byte 0xff');
  });
});
