/**
 * The unit trees of the synthetic benchmark regions, as data. Generated names (第12县, 第3乡,
 * 第45村) are numbered across the whole region, so every name is unique and no real place is
 * suggested. The tree does not depend on the seed: runs with different seeds differ only in their
 * ledgers, so benchmark figures compare on the same tree.
 */

export const SYNTHETIC_SCALES = ['county', 'prefecture', 'province'] as const;
export type SyntheticScale = (typeof SYNTHETIC_SCALES)[number];

/** Entries per scale when `--entries` is not given: the statistics benchmark's sizes. */
export const DEFAULT_SYNTHETIC_ENTRIES: Record<SyntheticScale, number> = { county: 100_000, prefecture: 1_000_000, province: 5_000_000 };

/** The top unit of each scale; its presence is what makes a second run a no-op. */
export const SYNTHETIC_REGION_NAMES: Record<SyntheticScale, string> = { county: '合成县', prefecture: '合成州', province: '合成省' };

/** Where a unit sits for drawing entries: villages, township level, county level, above counties. */
export type SyntheticTier = 'village' | 'township' | 'county' | 'upper';

export interface SyntheticUnit {
  /** Index of the parent in the list (parents always come first); -1 for the region's top. */
  parent: number;
  name: string;
  kind: string;
  tier: SyntheticTier;
}

const PREFECTURES_PER_PROVINCE = 10;
const COUNTIES_PER_PREFECTURE = 8;
const TOWNSHIPS_PER_COUNTY = 12;

/**
 * 38–52 villages (45 on average) per township. Slightly above the ~40 of the brief so that the
 * prefecture and province land near the benchmark's ~5,000 and ~50,000 units.
 */
function villagesOf(townshipNo: number): number {
  return 38 + ((townshipNo * 7) % 15);
}

/** Agencies, schools and a hospital attached at each level (like 示例县's bureaus and schools). */
const ATTACHED: Record<'province' | 'prefecture' | 'county' | 'township', Array<[suffix: string, kind: string]>> = {
  province: [
    ['委统战部', 'agency'],
    ['民族宗教事务委员会', 'agency'],
    ['教育厅', 'agency'],
    ['民族大学', 'school'],
    ['第一中学', 'school'],
    ['人民医院', 'hospital'],
  ],
  prefecture: [
    ['委统战部', 'agency'],
    ['民族宗教事务局', 'agency'],
    ['第一中学', 'school'],
    ['职业技术学院', 'school'],
    ['人民医院', 'hospital'],
  ],
  county: [
    ['委统战部', 'agency'],
    ['民族宗教事务局', 'agency'],
    ['委宣传部', 'agency'],
    ['教育局', 'agency'],
    ['第一中学', 'school'],
    ['实验小学', 'school'],
    ['职业技术学校', 'school'],
    ['人民医院', 'hospital'],
  ],
  township: [
    ['人民政府', 'agency'],
    ['中心学校', 'school'],
  ],
};

class TreeBuilder {
  readonly units: SyntheticUnit[] = [];
  private counties = 0;
  private townships = 0;
  private villages = 0;
  private prefectures = 0;

  private add(parent: number, name: string, kind: string, tier: SyntheticTier): number {
    this.units.push({ parent, name, kind, tier });
    return this.units.length - 1;
  }

  private attach(parent: number, level: keyof typeof ATTACHED, tier: SyntheticTier): void {
    const base = this.units[parent]!.name;
    for (const [suffix, kind] of ATTACHED[level]) this.add(parent, `${base}${suffix}`, kind, tier);
  }

  province(name: string): void {
    const top = this.add(-1, name, 'province', 'upper');
    this.attach(top, 'province', 'upper');
    for (let i = 0; i < PREFECTURES_PER_PROVINCE; i++) this.prefecture(top, `第${++this.prefectures}州`);
  }

  prefecture(parent: number, name: string): void {
    const unit = this.add(parent, name, 'prefecture', 'upper');
    this.attach(unit, 'prefecture', 'upper');
    for (let i = 0; i < COUNTIES_PER_PREFECTURE; i++) this.county(unit, `第${++this.counties}县`);
  }

  county(parent: number, name: string): void {
    const unit = this.add(parent, name, 'county', 'county');
    this.attach(unit, 'county', 'county');
    for (let i = 0; i < TOWNSHIPS_PER_COUNTY; i++) this.township(unit, ++this.townships);
  }

  private township(parent: number, no: number): void {
    const unit = this.add(parent, `第${no}乡`, 'township', 'township');
    this.attach(unit, 'township', 'township');
    for (let i = villagesOf(no); i > 0; i--) this.add(unit, `第${++this.villages}村`, 'village', 'village');
  }
}

/** Every unit of the scale's region, parents before children (the order they are inserted in). */
export function syntheticRegion(scale: SyntheticScale): SyntheticUnit[] {
  const tree = new TreeBuilder();
  const name = SYNTHETIC_REGION_NAMES[scale];
  if (scale === 'province') tree.province(name);
  else if (scale === 'prefecture') tree.prefecture(-1, name);
  else tree.county(-1, name);
  return tree.units;
}
