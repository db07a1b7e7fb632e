// GBK bytes for the few Chinese characters the corpus uses (no encoder library is installed;
// Node's TextEncoder writes only UTF-8). Checked against Node's own GBK decoder on every call.
const CODES: Record<string, number> = {
  北: 0xb1b1,
  京: 0xbea9,
  市: 0xcad0,
  万: 0xcdf2,
  寿: 0xcad9,
  西: 0xcef7,
  宫: 0xb9ac,
  颗: 0xbfc5,
  粒: 0xc1a3,
  物: 0xceef,
};

export function encode(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const g = CODES[ch];
      if (g === undefined) throw new Error(`no GBK code for ${ch} in the corpus table`);
      bytes.push(g >> 8, g & 0xff);
    }
  }
  const out = Buffer.from(bytes);
  if (new TextDecoder('gbk').decode(out) !== text) throw new Error('GBK table is wrong');
  return out;
}
