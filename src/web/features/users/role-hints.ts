import type { Role } from '../../../contracts/account.contract.js';

/** One line per role, shown beside the checkbox so an admin knows what they are granting. */
export const ROLE_HINTS: Record<Role, string> = {
  clerk: '登记本单位的活动台账',
  reviewer: '审核下级单位报送的台账',
  inspector: '记录督查情况和整改要求',
  admin: '管理组织机构和用户账号',
  viewer: '查看统计数据和总结报告',
};
