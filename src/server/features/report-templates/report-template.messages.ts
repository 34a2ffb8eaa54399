/** Chinese wording of user templates (自定义模板), in one place. */
export const reportTemplateMessages = {
  upload: '上传模板',
  archive: '归档模板',
  notOwn: (ownerName: string) => `您没有归档模板的权限：该模板属于上级单位「${ownerName}」`,
  notFound: '模板不存在，或不在您的可用范围内',
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  fileMissing: '模板文件已丢失，请重新上传',
  alreadyArchived: '该模板已经归档',
  archivedNoFill: '该模板已归档，不能再用于生成文档',
  notMultipart: '请以 multipart/form-data 上传模板文件',
  noFile: '请选择要上传的 .docx 模板文件',
  periodIncomplete: '请同时填写开始日期和结束日期',
  fromAfterTo: '开始日期不能晚于结束日期',

  // The file itself.
  invalid: (n: number) => `模板有${n}处问题，请在 Word 中修改后重新上传`,
  outdated: (n: number) => `模板中有${n}处占位符已无法使用（统计指标或活动类别可能已停用或改名），请修改模板后重新上传`,
  fileEmpty: '上传的文件是空的',
  legacyDoc: '这是旧版 Word 文档（.doc），请在 Word 中“另存为” .docx 格式后再上传',
  notDocx: '上传的文件不是 Word 文档（.docx）',
  macro: '模板不能包含宏（.docm），请另存为普通的 .docx 文档后再上传',
  encrypted: '文档已加密或设置了打开密码，请取消密码后再上传',
  unreadable: '文档已损坏或格式无法识别，请在 Word 中重新保存后再上传',
  inflatesTooLarge: (mb: number) => `文档解压后超过${mb}MB（图片过多或文件异常），无法作为模板使用`,
  noPlaceholders: '文档中没有任何占位符；占位符写在花括号内，如「{单位名称}」',

  // Where a problem is: 第3段, 表格第2行第4列, 第2个表格第1行第1列, 页眉…
  paragraph: (n: number) => `第${n}段`,
  tableCell: (table: number | undefined, row: number, column: number) => `${table === undefined ? '' : `第${table}个`}表格第${row}行第${column}列`,
  header: '页眉',
  footer: '页脚',
  footnotes: '脚注',
  endnotes: '尾注',
  comments: '批注',
  properties: '文档属性',
  elsewhere: '文档中',

  // Syntax (docxtemplater's errors, one message each).
  unclosedTag: (tag: string) => `占位符「{${tag}」缺少右花括号「}」`,
  unopenedTag: (tag: string) => `占位符「${tag}}」缺少左花括号「{」`,
  duplicateOpen: (tag: string) => `占位符「${tag}」多了一个左花括号「{」`,
  duplicateClose: (tag: string) => `占位符「${tag}」多了一个右花括号「}」`,
  unclosedLoop: (tag: string) => `循环「{#${tag}}」缺少结束标记「{/${tag}}」`,
  unopenedLoop: (tag: string) => `结束标记「{/${tag}}」之前没有对应的开始标记「{#${tag}}」`,
  loopMismatch: (open: string, close: string) => `循环「{#${open}}」的结束标记写成了「{/${close}}」，应为「{/${open}}」`,
  loopsCross: (a: string, b: string) => `循环「{#${a}}…{/${a}}」与「{#${b}}…{/${b}}」相互交叉，循环只能并列或完整地包含在另一个循环内`,
  loopPosition: (tag: string) => `循环「{#${tag}}」的开始和结束标记一个在表格内、一个在表格外，请放在同一表格行或同在正文中`,
  rawTag: (tag: string) => `不支持「{@${tag}}」这种占位符，请去掉“@”`,
  badSyntax: (tag: string) => `占位符「${tag}」的写法有误`,
  brokenXml: '文档内部格式有误，请在 Word 中重新保存后再上传',

  // Names and styles.
  empty: '有一对空的花括号「{}」，请写上占位符名称或删除',
  unknown: (tag: string, suggestion?: string) => `未知占位符「{${tag}}」${suggestion ? `，是否为「{${suggestion}}」？` : ''}`,
  loopFieldOutside: (tag: string, loops: string) => `「{${tag}}」是循环中每一项的字段，只能写在循环之内（如「{#${loops}}…{${tag}}…{/${loops}}」）`,
  notALoop: (tag: string, loops: string) => `「{#${tag}}」不是循环；可以循环的有：${loops}`,
  loopAsValue: (tag: string) => `「{${tag}}」是循环，请写成「{#${tag}}…{/${tag}}」`,
  nestedLoop: (inner: string, outer: string) => `循环「{#${inner}}」不能写在循环「{#${outer}}」之内`,
  totalInLoop: (tag: string, loop: string, fields: string) =>
    `「{${tag}}」是本单位的合计，写在循环「{#${loop}}」之内会在每一项都重复同一个数；循环内请用每一项的字段（如${fields}），或把它移到循环之外`,
  unknownStyle: (tag: string, style: string, styles: string) => `「{${tag}}」中的写法「${style}」不存在，可用的写法有：${styles}`,
  emptyStyle: (tag: string) => `「{${tag}}」的冒号后缺少写法，可去掉冒号或写上“约数”等写法`,
  styleOnText: (tag: string) => `「{${tag}}」是文字，不能加“:写法”`,
  styleOnLoop: (tag: string) => `循环「{#${tag}}」不能加“:写法”`,
  styleMoneyOnly: (tag: string) => `「{${tag}}」不是金额，不能用“金额”写法`,
  stylePercentOnly: (tag: string) => `「{${tag}}」不是比率，不能用“百分比”写法`,
  styleRatioOnly: (tag: string, style: string) => `「{${tag}}」是比率，只能不加写法或用“百分比”，不能用“${style}”`,
  styleWholeOnly: (tag: string) => `「{${tag}}」可能带小数，不能用“中文”写法`,
  valueMissing: (tags: string) => `以下占位符没有取到值：${tags}`,

  // Leftovers in the template's own text (warnings; the upload is not refused).
  leftoverSuggested: (where: string, text: string, tag: string) => `${where}：「${text}」像是没有填写的占位符，生成的文档会原样保留；可改为「${tag}」或删去`,
  leftover: (where: string, message: string) => `${where}：${message}`,

  // Filled files and the sample.
  fillName: (template: string, org: string, period: string) => `「${template}」-${org}-${period}.docx`,
  fillFallbackName: '自定义模板文档.docx',
  sampleFilename: '自定义模板示例.docx',
  loopCount: (n: number) => `共${n}项`,
} as const;
