import type { Block } from '../../../contracts/report.contract.js';

// The reports pages' Chinese wording in one place, so the list, the editor and its dialogs agree.

export const REPORTS_TITLE = '总结报告';
export const DRAFT_BUTTON = '起草新报告';
export const SUGGESTION_LABEL = '建议（据数据生成，请确认或删除）';
export const SAVED = '已保存';
export const UNSAVED = '有未保存的修改';
export const EMPTY_BLOCK = '（空段落，点击输入文字）';
export const CHART_NOTE = '图表与文中数字取自同一次数据（起草或上次「刷新数据」时），在下载的 Word 文档中生成';
export const TOKEN_HINT =
  '⟦ ⟧ 内是台账数据，随「刷新数据」更新，不能逐字改写：选中整个数字后按删除键可整个删除，或点「解除绑定」改为手写数字。Enter 另起一段。';
/** Said when a key would have changed a bound figure; the figure is selected meanwhile. */
export const FIGURE_BOUND_HINT = '数字与台账绑定，如需手改请先解除绑定';
export const FIGURE_REFUSALS = {
  typed: (figure: string) => `「${figure}」${FIGURE_BOUND_HINT}（已选中该数字）。`,
  delete: (figure: string) => `已选中整个数字「${figure}」：再按一次删除键将整个删除（可撤销）。${FIGURE_BOUND_HINT}。`,
  partial: (figure: string) => `数字「${figure}」只能整个替换：已选中整个数字，再粘贴或剪切一次即可。${FIGURE_BOUND_HINT}。`,
} as const;
export const figuresRemoved = (figures: readonly string[]) => `已删除数字「${figures.join('」「')}」。`;
export const figureUnbound = (text: string) => `已解除绑定：「${text}」现为手写数字，不再随台账刷新，材料体检按手写数字对待。`;
export const UNBIND_LABEL = '解除绑定';
export const UNBIND_TIP = '把光标处的数字改为手写数字：之后可逐字修改，但不再随「刷新数据」更新';
export const UNDO_FIGURE_LABEL = '撤销';
/** 下载 Word with unsaved edits: nothing is saved unless the writer says so. */
export const DOWNLOAD_DIRTY_TITLE = '有未保存的修改';
export const DOWNLOAD_DIRTY_DETAIL = '下载的 Word 取自已保存的版本。要把本页的修改一起下载，请先保存（会生成新版本）。';
export const DOWNLOAD_SAVE_AND_DOWNLOAD = '保存并下载';
export const DOWNLOAD_SAVED_ONLY = '下载上次保存的版本';
export const STALE_TITLE = '报告已在别处保存过';
export const STALE_DETAIL = '这份报告在您打开之后被保存过（可能是同事，或您在另一个窗口）。重新加载会放弃本页未保存的修改；也可以先把要保留的文字复制出来。';
export const LEAVE_TITLE = '报告有未保存的修改';
export const LEAVE_DETAIL = '离开本页将丢失这些修改。';

export const BLOCK_TYPE_LABELS: Record<Block['type'], string> = {
  title: '标题',
  salutation: '称呼',
  heading: '小标题',
  paragraph: '段落',
  chart: '图表',
  signature: '落款',
  date: '日期',
};

export const LEVEL_OPTIONS = [
  { value: 1, label: '一级 一、' },
  { value: 2, label: '二级（一）' },
  { value: 3, label: '三级 1.' },
  { value: 4, label: '四级（1）' },
] as const;

export const METRIC_LABELS: Readonly<Record<string, string>> = {
  entries: '活动数',
  units: '单位数',
  reporting_units: '有活动记录的单位数',
};

export const CHART_GROUP_LABELS: Readonly<Record<string, string>> = {
  child: '按下级单位',
  month: '按月份',
  quarter: '按季度',
  category: '按活动类别',
  type: '按活动类型',
  tag: '按标签',
};

export const CHART_KIND_LABELS: Readonly<Record<string, string>> = { bar: '柱状图', line: '折线图', pie: '饼图' };
