/** Why an uploaded report cannot be read, in the words users see (材料体检 of a file). */
export const reportTextMessages = {
  fileEmpty: '上传的文件是空的',
  fileType: '不支持的文件类型：请上传 .docx 或 .txt 文件',
  pdf: '这是 PDF 文件，无法可靠提取其中的文字：请上传 .docx 或 .txt 文件，或把文字粘贴进来',
  legacyDoc: '这是旧版 Word 文件（.doc）或设有打开密码的文件：请在 Word 中“另存为” .docx（不设密码）后再上传',
  webDoc: '这是网页或 RTF 格式的文件（从网站下载的 .doc 常是这样）：请在 Word 中“另存为” .docx 后再上传',
  docxUnreadable: '无法读取该 Word 文件，文件可能已损坏或加密；请在 Word 中另存为 .docx 后重试',
  docxTooLarge: '该 Word 文件的正文过大，无法检查；请分成几份分别检查',
  textEncoding: '无法识别文本文件的编码：请另存为 UTF-8 编码的 .txt，或上传 .docx 文件',
  noText: '文件中没有文字',
};
