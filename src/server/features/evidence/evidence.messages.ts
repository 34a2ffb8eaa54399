/** User-facing wording of evidence files (佐证材料), kept in one place so it stays consistent. */
export const evidenceMessages = {
  upload: '上传或修改佐证材料',
  notFound: '文件不存在，或不在您的管辖范围内',
  orgNotFound: '单位不存在，或不在您的管辖范围内',
  thumbnailNotFound: '该文件没有缩略图',
  signinRestricted: '签到表含有个人姓名，仅本单位和上级审核员可以查看',
  locked: '该文件所属的台账已审核通过，不能再修改；如需修改，请上级审核员先重新打开该台账',
  notMultipart: '请以 multipart/form-data 上传文件（字段名 file）',
  noFile: '没有收到文件，请选择文件后上传（字段名 file）',
  empty: '文件是空的，请重新选择',
  unsupported: '不支持的文件类型：只能上传照片（jpg/png/webp/heic）、PDF、Word（docx）或 Excel（xlsx）文件',
  photoMustBeImage: '只有图片文件才能作为“照片”，其他文件请选择“文档”或“签到表”',
  untitled: '未命名',
};
