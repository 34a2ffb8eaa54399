import type { ValueKind } from '../../../contracts/catalogue.contract.js';

/** How each kind of figure is entered and shown, in the words admins use. */
export const VALUE_KIND_LABELS: Record<ValueKind, string> = {
  integer: '整数（计数）',
  decimal: '小数（两位）',
  money: '金额（元）',
};

/** Deactivating keeps history intact; this sentence says so wherever an admin switches something off. */
export const DEACTIVATE_HINT = '停用后不再出现在登记和筛选中，已登记的活动不受影响，可随时重新启用。';
