/**
 * Seeded choices between phrasings. Each choice is keyed (`lead`, `type:edu.lecture:head`…) and
 * hashed with the draft's seed, so the same unit and period always read the same, and changing one
 * part of a draft does not reshuffle the wording of every other part.
 */

/** FNV-1a, 32 bits: small, stable across platforms, good enough to spread phrasings. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Chooser {
  constructor(private readonly seed: string) {}

  /** One of `items`, the same for the same seed and key. */
  pick<T>(key: string, items: readonly T[]): T {
    if (items.length === 0) throw new RangeError(`no phrasing to choose for ${key}`);
    return items[hashText(`${this.seed}|${key}`) % items.length]!;
  }
}
