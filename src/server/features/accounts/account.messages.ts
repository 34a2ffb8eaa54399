/** User-facing wording of accounts and sessions. */
export const accountMessages = {
  loginFailedTriesLeft: (n: number) => `用户名或密码错误，还可再试${n}次`,
  loginFailedWait: (wait: string) => `用户名或密码错误，请${wait}后再试`,
  accountDisabled: '该账号已停用，请联系管理员',
  orgDisabled: '您所在的单位已停用，请联系上级管理员',
  tooManyAttempts: (wait: string) => `登录失败次数过多，请${wait}后再试`,
  wrongCurrentPassword: '当前密码不正确',
  samePassword: '新密码不能与当前密码相同',
  userNotFound: '用户不存在，或不在您的管辖范围内',
  usernameTaken: (u: string) => `用户名「${u}」已被使用`,
  manageUsers: '管理用户',
  cannotGrant: (roles: string) => `您不能授予以下角色：${roles}`,
  notSelf: '不能停用自己的账号，也不能修改自己的角色或单位',
  orgInactive: '不能把用户放在已停用的单位',
};
