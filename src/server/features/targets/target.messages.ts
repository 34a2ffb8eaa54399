/** Chinese wording of targets (目标任务), in one place. */
export const targetMessages = {
  manage: '设置目标任务',
  notFound: '目标任务不存在，或不在您的管辖范围内',
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  unknownIndicator: '指标不存在',
  unknownType: '活动类型不存在',
  indicatorNotOfType: '该活动类型的台账不填写这项指标，目标无法统计；请换一项指标，或不限活动类型',
  unknownKind: '单位类型不存在',
  wholeNumber: '按活动数或计数类指标设定的目标应为整数',
  twoDecimals: '目标值最多保留两位小数',
  stale: '该目标已被他人修改，请刷新后重试',
  asOfInvalid: '不是有效的日期',
  entries: '活动数',
  entriesUnit: '次',
} as const;
