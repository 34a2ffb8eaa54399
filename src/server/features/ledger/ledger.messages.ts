import { ACTIVITY_STATUS_LABELS, type ActivityStatus } from '../../../contracts/ledger.contract.js';
import type { MeasureProblem } from '../../../domain/measures.js';
import type { Transition } from '../../../domain/activity-workflow.js';

const status = (s: ActivityStatus) => `「${ACTIVITY_STATUS_LABELS[s]}」`;

const TRANSITION_LABELS: Record<Transition, string> = { submit: '提交审核', approve: '审核通过', return: '退回', reopen: '重新打开' };

/** Chinese names of the audit actions, as an entry's history shows them. */
export const ACTION_LABELS: Record<string, string> = {
  'activity.create': '创建',
  'activity.update': '修改',
  'activity.submit': '提交审核',
  'activity.approve': '审核通过',
  'activity.return': '退回',
  'activity.reopen': '重新打开',
  'activity.delete': '删除',
  'activity.restore': '恢复',
  'activity.import': 'Excel导入',
  'activity.demo': '演示数据',
};

/** User-facing wording of the ledger feature, kept in one place so it stays consistent. */
export const ledgerMessages = {
  notFound: '台账条目不存在，或不在您的管辖范围内',
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  orgInactive: '该单位已停用，不能在其名下录入台账',
  typeNotFound: '活动类型不存在',
  typeIsCategory: (name: string) => `「${name}」是活动类别，请选择其下的具体活动类型`,
  typeInactive: (name: string) => `活动类型「${name}」已停用，请选择其他类型`,
  tagsInvalid: (ids: number[]) => `标签不存在或已停用（编号：${ids.join('、')}）`,
  evidenceInvalid: (ids: number[]) => `佐证材料不存在、已被其他条目使用或不在您的管辖范围内（编号：${ids.join('、')}）`,
  endBeforeStart: '结束日期不能早于开始日期',
  record: '填报台账',
  review: '审核台账',
  restore: '恢复已删除的台账',
  listDeleted: '查看已删除的台账',
  stale: '该条目已被他人修改，请刷新后再改',
  locked: '已审核通过的条目已锁定，不能修改或删除；如需修改，请联系上级审核员重新打开',
  notEditable: (s: ActivityStatus) => `该条目当前为${status(s)}，不能修改或删除；如需修改，请联系审核员退回`,
  deleted: '该条目已删除，请先恢复',
  notDeleted: '该条目未被删除，无需恢复',
  transitionInvalid: (t: Transition, s: ActivityStatus) => `该条目当前为${status(s)}，不能${TRANSITION_LABELS[t]}`,
  ownEntry: '不能审核自己录入的条目，请由其他审核员审核',
  reopenNotAbove: '只有上级单位的审核员才能重新打开已审核通过的条目',
  measure(p: MeasureProblem, unknownName?: string): string {
    switch (p.kind) {
      case 'missing':
        return `缺少必填指标「${p.name}」`;
      case 'unknown':
        return `该类型没有指标「${unknownName ?? p.code}」`;
      case 'not_integer':
        return `「${p.name}」应为非负整数`;
      case 'negative':
      case 'not_number':
        if (p.valueKind === 'integer') return `「${p.name}」应为非负整数`;
        return p.valueKind === 'money' ? `「${p.name}」应为非负金额（元）` : `「${p.name}」应为非负数`;
      case 'too_many_decimals':
        return p.valueKind === 'money' ? `「${p.name}」以元为单位，最多保留${p.decimals}位小数` : `「${p.name}」最多保留${p.decimals}位小数`;
      case 'too_large':
        return `「${p.name}」数值过大`;
    }
  },
};
