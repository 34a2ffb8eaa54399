import { TAG_KIND_LABELS, type TagKind } from '../../../contracts/catalogue.contract.js';

/** User-facing wording of the catalogue feature, kept in one place so it stays consistent. */
export const catalogueMessages = {
  manage: '维护活动目录',
  sharedConfigOnly: '统计指标、活动类型和标签是全系统共用的配置，只有顶级单位的管理员可以修改',
  indicatorNotFound: '统计指标不存在',
  statSlotsFull: (n: number) => `统计指标已达上限（${n}个，含已停用的），无法再新增；请复用已停用的指标或联系系统管理员扩容`,
  typeNotFound: '活动类型不存在',
  tagNotFound: '标签不存在',
  campaignNotFound: '活动周期不存在，或不在您的管辖范围内',
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  orgInactive: '该单位已停用，不能为它设置活动周期',
  indicatorCodeTaken: (code: string) => `指标代码「${code}」已被使用`,
  typeCodeTaken: (code: string) => `活动类型代码「${code}」已被使用`,
  tagNameTaken: (kind: TagKind, name: string) => `${TAG_KIND_LABELS[kind]}中已有「${name}」`,
  valueKindLocked: '指标的数值类型不能修改：已填报的数值会被按新类型重新解读。如需不同类型，请新建一个指标并停用旧指标',
  parentNotFound: '所属大类不存在',
  parentNotCategory: '活动类型只有两级：只能放在大类（第一级）之下',
  parentInactive: '所属大类已停用，请先启用大类',
  categoryHasNoIndicators: '大类不填报数值，不能设置统计指标；请在其下的活动类型中设置',
  indicatorMissing: (id: number) => `统计指标（编号${id}）不存在`,
  indicatorInactive: (name: string) => `统计指标「${name}」已停用，不能再加入活动类型`,
  indicatorRepeated: (name: string) => `统计指标「${name}」重复出现`,
  endBeforeStart: '结束日期不能早于开始日期',
};
