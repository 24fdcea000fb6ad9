// The styling rules' ids (core/style/style-rules.ts holds what each does): the explorer's `colour=`/`size=` and
// the embed's `colour=` take these values. A new rule adds its id here and its entry there.
import { z } from 'zod';

export const ColourBySchema = z.enum(['country', 'kind', 'decade', 'community']).meta({
  description:
    "What a place's colour says: country, kind (most of its ties), decade (of its first tie), community (computed: Louvain, seeded)",
});
export type ColourBy = z.infer<typeof ColourBySchema>;

export const SizeBySchema = z.enum(['shown', 'all', 'pagerank', 'pagerankWeighted', 'betweenness', 'closeness']).meta({
  description:
    "What a place's size says: ties shown, all its ties (its degree), or a computed metric (PageRank, PageRank weighted by agreements, betweenness, closeness within its component)",
});
export type SizeBy = z.infer<typeof SizeBySchema>;
