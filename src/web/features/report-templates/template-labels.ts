// The 自定义模板 page's Chinese wording in one place, so the list, the panel and the dialogs agree.

import type { PlaceholderGroup } from '../../../contracts/report-template.contract.js';

export const TEMPLATES_TITLE = '自定义模板';
export const UPLOAD_BUTTON = '上传模板';
export const FILL_BUTTON = '生成文档';
export const SAMPLE_LINK = '下载示例模板';
export const ORIGINAL_LINK = '下载原文件';
export const ARCHIVE_BUTTON = '归档';
export const BACK_TO_REPORTS = '返回总结报告';
export const PLACEHOLDERS_TITLE = '可用占位符';

export const TEMPLATES_INTRO =
  '用本单位现成的 Word 文件做模板：在要填数据的位置写上占位符，如 {单位名称}、{活动数}、{活动数:约数}，上传后选择单位和时间即可生成文档，数字取自台账统计，不会留下空白或“XX”。';
export const UPLOAD_INTRO =
  '上传 .docx 文件（旧版 .doc 请先在 Word 中另存为 .docx）。上传时会逐一检查占位符，写错的会列出位置和正确写法；正文中遗留的“XX”“20XX年”等也会一并提醒。';
export const FILL_INTRO = '按所选单位及其下级单位、所选时间的台账统计填写模板中的占位符，生成一份新的 Word 文档；模板本身不变。';

export const LOOP_HINT =
  '循环占位符逐项列出：把 {#…} 和 {/…} 放在同一段的首尾，每一项生成一段；放在表格同一行的第一格和最后一格，每一项生成一行。中间写该项的字段。按单位列表要与总数对得上时用 {#下级单位及本级}：最后一行是本级。';
/** A line under a group's title, for the groups whose names need a word of explanation. */
export const GROUP_HINTS: Partial<Record<PlaceholderGroup, string>> = {
  type: '每个活动类型的活动数及该类型统计的各项指标，只合计该类型的台账。类型名带“/”的可只写其中一半，如 {宣讲场次} 即 {宣讲/报告会场次}。',
};

export const STYLES_HINT = '数字类占位符可在名称后加冒号和写法（全角、半角冒号均可），文字类不加。同一个数字可以在不同位置用不同写法。';

export const COPY_TOOLTIPS = ['复制', '已复制'] as const;

export const EMPTY_LIVE = '还没有模板，点击「上传模板」上传本单位的 Word 文件，或先下载示例模板看看写法';
export const EMPTY_LIVE_READONLY = '还没有模板';
export const EMPTY_ARCHIVED = '没有已归档的模板';

// Leftovers in a template's own text (XX县, 20XX年, 小编…): told after the upload and on the list, never a refusal.
export const leftoversUploaded = (name: string, n: number) => `模板「${name}」已上传，但发现${n}处可能遗留的内容`;
export const LEFTOVERS_ADVICE =
  '这些文字不是占位符，每一份生成的文档都会原样保留。请在 Word 中逐处修改或删去后重新上传（再将这一份归档）；确属本意的可以不改。';
export const LEFTOVERS_TITLE = '可能遗留的内容';
export const leftoversTag = (n: number) => `${n}处可能遗留`;
export const leftoversMore = (n: number) => `另有${n}处可能遗留的内容未列出，请在 Word 中一并查找修改`;
