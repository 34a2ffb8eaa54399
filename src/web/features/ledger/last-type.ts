/**
 * The type a user last recorded under, kept in this browser: a village clerk records the same kind of
 * activity week after week, so the next new entry starts with it and saves two taps on a phone.
 */
const keyOf = (userId: number) => `shiliu.ledger.lastTypeId.${userId}`;

export function rememberLastType(userId: number, typeId: number): void {
  try {
    localStorage.setItem(keyOf(userId), String(typeId));
  } catch {
    // Storage may be off (private mode, full); the form simply starts without a type.
  }
}

/** The remembered type if it is still one the catalogue offers; otherwise none. */
export function recallLastType(userId: number, offered: (typeId: number) => boolean): number | undefined {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(keyOf(userId));
  } catch {
    return undefined;
  }
  const typeId = Number(stored);
  return stored !== null && Number.isInteger(typeId) && typeId > 0 && offered(typeId) ? typeId : undefined;
}
