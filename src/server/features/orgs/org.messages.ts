/** User-facing wording of the org feature, kept in one place so it stays consistent. */
export const orgMessages = {
  notFound: '组织不存在，或不在您的管辖范围内',
  parentNotFound: '上级组织不存在，或不在您的管辖范围内',
  manage: '管理组织机构',
  unknownKind: (kind: string) => `未知的组织类型「${kind}」`,
  nameTaken: (name: string) => `同一上级下已有名为「${name}」的组织`,
  codeTaken: (code: string) => `代码「${code}」已被其他组织使用`,
  ownRootLocked: '不能移动、停用或删除您本人所在的单位',
  moveIntoOwnSubtree: '不能把组织移动到它自己或它的下级单位之下',
  moveToSameParent: '该组织已在这个上级之下',
  parentInactive: '上级组织已停用，请先启用上级组织',
  addUnderInactive: '不能在已停用的组织下新增单位',
  hasChildren: (n: number) => `该组织下还有${n}个下级单位，不能删除；如不再使用，请停用`,
  hasUsers: (n: number) => `该组织下还有${n}个用户账号，不能删除；如不再使用，请停用`,
  rootSystemOnly: '顶级单位只能由系统管理员在命令行中创建（shiliu init）',
  alreadyInactive: '该组织已是停用状态',
};
