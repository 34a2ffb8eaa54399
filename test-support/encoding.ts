/** Minimal GB18030 encoder for the test's CJK text, built from the decoder (Node has no GBK encoder). */
export function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) <= 0x7f ? [c.charCodeAt(0)] : table.get(c)!)));
}
