export type Palette = string;
