import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Cuts a CJK font down to the characters one chart uses, with HarfBuzz's subsetter (harfbuzzjs,
 * WebAssembly, no native build). Why: resvg lays out every <text> of an ECharts SVG against the
 * whole font, and Noto Sans CJK is a 19 MB collection with CFF outlines — a chart's ~60 labels
 * cost ~750 ms against it, ~100 ms against a subset of a few dozen glyphs (see bench:report).
 * The font is read into WebAssembly memory once per process; each subset is then a few ms.
 */

/** The server's TypeScript libs leave out WebAssembly's types; Node has it, and this is all that is used. */
const wasmRuntime = (globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> } }).WebAssembly;

/** The raw exports of harfbuzz-subset.wasm that this uses (it needs no imports). */
interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HB_MEMORY_MODE_READONLY: HarfBuzz reads the bytes where they are and never frees them. */
const READONLY = 2;

/** Noto's CJK collections hold JP, KR, SC, TC, HK in that order: charts want the SC glyph forms. */
export function faceIndexOf(file: string): number {
  return /NotoS(?:ans|erif)CJK-[A-Za-z]+\.ttc$/.test(file) ? 2 : 0;
}

export class FontSubsetter {
  private constructor(
    private readonly hb: HarfBuzz,
    private readonly face: number,
  ) {}

  /** A subsetter over one face of `file`, or undefined when the file or the subsetter cannot be loaded. */
  static async load(file: string, faceIndex = faceIndexOf(file)): Promise<FontSubsetter | undefined> {
    try {
      const wasmPath = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
      const [wasm, font] = await Promise.all([readFile(wasmPath), readFile(file)]);
      const { instance } = await wasmRuntime.instantiate(wasm);
      const hb = instance.exports as unknown as HarfBuzz;
      // The font stays in WebAssembly memory for the life of the process: every subset reads it.
      const at = hb.malloc(font.byteLength);
      if (at === 0) return undefined;
      new Uint8Array(hb.memory.buffer).set(font, at);
      const blob = hb.hb_blob_create(at, font.byteLength, READONLY, 0, 0);
      const face = hb.hb_face_create(blob, faceIndex);
      hb.hb_blob_destroy(blob);
      return new FontSubsetter(hb, face);
    } catch {
      return undefined;
    }
  }

  /** An OpenType font with the glyphs of `text` (and printable ASCII), or undefined if HarfBuzz refuses. */
  subset(text: string): Buffer | undefined {
    const { hb } = this;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) return undefined;
    try {
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (let c = 0x20; c < 0x7f; c++) hb.hb_set_add(unicodes, c);
      for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
      const subset = hb.hb_subset_or_fail(this.face, input);
      if (subset === 0) return undefined;
      const blob = hb.hb_face_reference_blob(subset);
      try {
        const data = hb.hb_blob_get_data(blob, 0);
        const length = hb.hb_blob_get_length(blob);
        // Copied out: the memory may grow (and move) on the next subset.
        return length > 0 ? Buffer.from(new Uint8Array(hb.memory.buffer, data, length)) : undefined;
      } finally {
        hb.hb_blob_destroy(blob);
        hb.hb_face_destroy(subset);
      }
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }
}
