/** Chinese wording of the statistics feature, in one place. */
export const statsMessages = {
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  periodMissing: '请指定统计时间段（起止日期，或 period，如 2026、2026Q1、2026-05）',
  periodInvalid: '时间段格式不正确，应为 2026、2026H1、2026Q1、2026-05 或 campaign:编号',
  periodBoth: 'period 与起止日期只能二选一',
  fromAfterTo: '开始日期不能晚于结束日期',
  campaignNotFound: '活动周期不存在，或不在您的管辖范围内',
  unknownIndicator: (codes: string[]) => `未知的指标代码：${codes.join('、')}`,
  unknownType: (ids: number[]) => `未知的活动类型编号：${ids.join('、')}`,
  tagWithTypes: '按标签分组时不能同时按活动类型筛选',
  keyInvalid: '分组项不存在，请从统计结果中点击进入',
  keyWithoutGroup: '未分组的统计没有分组项',
  own: '本级',
  tagOverlap: '一条台账可带多个标签，各标签之和可能大于合计',
  treeNote: '统计按当前组织架构汇总：',
  movedIn: (name: string, date: string, from: string, to: string) => `${name}于${date}由${from}调整至${to}，其全部台账（含调整前）计入本单位`,
  movedOut: (name: string, date: string, from: string, to: string) => `${name}于${date}由${from}调整至${to}，其全部台账（含调整前）不再计入本单位`,
} as const;
