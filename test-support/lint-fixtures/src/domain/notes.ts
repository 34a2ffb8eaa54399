export const NOTE_MAX = 10;
