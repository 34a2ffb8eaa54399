/** User-facing wording of the report checker's route and service, kept in one place (reading a file: server/word/report-text.messages.ts). */
export const reportCheckMessages = {
  tooLong: (max: number) => `文件中的文字过长（超过${max / 10_000}万字），请分成几份分别检查`,
  noFile: '没有收到文件，请选择 .docx 或 .txt 文件后上传（字段名 file）',
  fileAndText: '请只上传文件或只粘贴文字，不要同时提交',
  periodIncomplete: '报告期需同时填写开始日期和结束日期',
};
