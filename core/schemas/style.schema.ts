// The styling rules' ids (core/style/style-rules.ts holds what each does): the explorer's `colour=`/`size=` and
// the embed's `colour=` take these values. A new rule adds its id here and its entry there.
import { z } from 'zod';

export const ColourBySchema = z
  .enum(['country', 'kind', 'decade'])
  .meta({ description: "What a place's colour says: country, kind (most of its ties), decade (of its first tie)" });
export type ColourBy = z.infer<typeof ColourBySchema>;

export const SizeBySchema = z
  .enum(['shown', 'all'])
  .meta({ description: "What a place's size says: ties shown, or all its ties" });
export type SizeBy = z.infer<typeof SizeBySchema>;
