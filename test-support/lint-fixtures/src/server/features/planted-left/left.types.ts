export type Left = string;
