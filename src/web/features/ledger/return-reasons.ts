/** Why entries are usually sent back; 退回 offers these in the review queue and on the entry alike. */
export const COMMON_RETURN_REASONS: readonly string[] = ['佐证材料不清晰', '数字有误请核对', '活动类型选择有误', '日期或地点有误', '内容摘要过于简单'];
