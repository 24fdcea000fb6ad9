// What an embed shows: the view's graph (live from the graph service, or frozen in a story), laid out with the
// shared deterministic layout, with its title and generated description. Pinning freezes a view into a story.
import { createHash } from 'node:crypto';
import type { ForumRepository } from '../forums/forum.repository.ts';
import type { GraphService } from '../graph/graph.service.ts';
import { AppError, BadRequestError, NotFoundError } from '../errors/errors.ts';
import {
  ViewDataSchema,
  type EmbedForum,
  type EmbedQuery,
  type Story,
  type ViewData,
} from '../../core/schemas/embed.schema.ts';
import type { Forum } from '../../core/schemas/forum.schema.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { describeView } from '../../core/embed/describe.ts';
import { nameOf } from '../../core/i18n/names.ts';
import { viewTitle } from '../../core/view/view-title.ts';
import { isMapLayout, type Point } from '../../core/embed/layout.ts';
import type { BaseMap } from '../../core/embed/svg.ts';
import { forumsHeld } from '../../core/forums/forum-marks.ts';
import type { EmbedView } from '../../core/embed/view.ts';
import { baseMapFor } from './base-map.ts';
import type { EmbedLayouts } from './embed-layouts.ts';
import { storyBytes, storyText, type StoryRepository } from './story.repository.ts';

export interface EmbedPicture {
  view: EmbedView;
  graph: Graph;
  /** Editions marked on their hosts (shown hosts, held by the view's last year), in edition order. */
  forums: EmbedForum[];
  positions: Map<string, Point>;
  /** Land and borders under a map layout (null for a force layout). */
  baseMap: BaseMap | null;
  /** The journalist's title, else the view's own (its focus, countries, kinds, years). */
  title: string;
  description: string;
  pinnedAt?: string;
}

/** Bounds of story storage: per story, and in all (count and bytes of frozen data). */
export interface StoryLimits {
  maxBytes: number;
  maxCount: number;
  maxTotalBytes: number;
}

export class EmbedService {
  /** `graphs`: the graph of a view (through the response cache, so nearby limits share one selection). */
  constructor(
    private readonly graphs: Pick<GraphService, 'get'>,
    private readonly stories: StoryRepository,
    private readonly forumList: Pick<ForumRepository, 'list'>,
    private readonly limits: StoryLimits,
    /** Force layouts in a thread of their own (embed-layouts.ts). */
    private readonly layouts: Pick<EmbedLayouts, 'positions' | 'close'>,
  ) {}

  async picture(q: EmbedQuery): Promise<EmbedPicture> {
    const { view, graph, forums, pinnedAt } = await this.load(q);
    return {
      view,
      graph,
      forums,
      pinnedAt,
      positions: await this.layouts.positions(graph.nodes, graph.links, view.layout),
      baseMap: isMapLayout(graph.nodes, view.layout) ? baseMapFor(graph.nodes) : null,
      title: view.title ?? titleOf(view, graph),
      description: describeView(graph, view.focus, view.lang, forums),
    };
  }

  private async load(
    q: EmbedQuery,
  ): Promise<{ view: EmbedView; graph: Graph; forums: EmbedForum[]; pinnedAt?: string }> {
    const { lang, layout, controls, colour, title, subtitle, note } = q;
    const presentation = { lang, layout, controls, colour, title, subtitle, note } as const;
    if (!q.story) {
      const data = viewData(q);
      const [graph, forums] = await Promise.all([this.graphs.get(data), this.forumList.list()]);
      return { view: { ...data, ...presentation }, graph, forums: marked(forums, data, graph) };
    }
    const story = await this.stories.get(q.story);
    if (!story) throw new NotFoundError('story', q.story);
    const data = ViewDataSchema.parse(storedViewAsQuery(story.view));
    return {
      view: { ...data, ...presentation, story: story.id },
      graph: story.graph,
      forums: story.forums,
      pinnedAt: story.pinnedAt,
    };
  }

  /** Ends the layout thread (shutdown). */
  close(): Promise<void> {
    return this.layouts.close();
  }

  async story(id: string): Promise<Story> {
    const story = await this.stories.get(id);
    if (!story) throw new NotFoundError('story', id);
    return story;
  }

  /** Freezes the view's current data; the id is a hash of view and data, so pinning the same content again (the
   *  same filters in any order) returns the stored story and stores nothing. New stories are bounded: one story's
   *  size (413), and all stories' count and bytes (507). */
  async pin(data: ViewData): Promise<Story> {
    const [graph, list] = await Promise.all([this.graphs.get(data), this.forumList.list()]);
    if (graph.links.length === 0)
      throw new BadRequestError('The view has no ties: there is nothing to pin', {
        fields: [{ field: 'body', message: 'no ties in this view' }],
      });
    const forums = marked(list, data, graph);
    const view = normalisedView(data);
    const id = createHash('sha256').update(JSON.stringify({ view, graph, forums })).digest('hex').slice(0, 16);
    const stored = await this.stories.get(id);
    if (stored) return stored;
    const story: Story = { id, pinnedAt: new Date().toISOString(), view, graph, forums };
    const text = storyText(story);
    const bytes = storyBytes(text);
    const { maxBytes, maxCount, maxTotalBytes } = this.limits;
    if (bytes > maxBytes) {
      throw new AppError(
        'story_too_large',
        `This view's data is ${Math.ceil(bytes / 1024)} KB; a story holds at most ${Math.floor(maxBytes / 1024)} KB: narrow the view (a lower limit, fewer countries or a focus)`,
        { bytes, maxBytes },
      );
    }
    const usage = await this.stories.usage();
    if (usage.count + 1 > maxCount || usage.bytes + bytes > maxTotalBytes) {
      throw new AppError(
        'story_storage_full',
        'The server stores no more stories for now; live embeds (without a story) still work',
        { maxCount, maxTotalBytes },
      );
    }
    return { ...story, pinnedAt: await this.stories.save(story, text) };
  }
}

/** The view as stored and hashed: set-like filters sorted and without repeats, unset ones left out. */
function normalisedView(data: ViewData): Record<string, unknown> {
  const set = (xs: string[] | undefined) => (xs ? [...new Set(xs)].sort() : undefined);
  return JSON.parse(JSON.stringify({ ...data, country: set(data.country), kind: set(data.kind) })) as Record<
    string,
    unknown
  >;
}

/** The editions the explorer would mark for this view: hosts it shows, held by its last year (`to`). */
function marked(forums: Forum[], data: ViewData, graph: Graph): EmbedForum[] {
  const shown = new Set(graph.nodes.map((n) => n.id));
  const held = forumsHeld(forums, (id) => shown.has(id), data.to ?? Infinity, data.undated === 'include');
  return [...held.values()]
    .flat()
    .map(({ id, edition, editionRoman, year, host }) => ({ id, edition, editionRoman, year, host: { id: host!.id } }))
    .sort((a, b) => a.edition - b.edition);
}

/** The view's own title (its focus, countries, kinds, years), unless the journalist gave one. */
function titleOf(view: EmbedView, graph: Graph): string {
  const focus = view.focus ? graph.nodes.find((n) => n.id === view.focus) : undefined;
  return viewTitle(view, view.lang, focus && nameOf(focus, view.lang));
}

function viewData(q: EmbedQuery): ViewData {
  const { focus, depth, country, kind, from, to, undated, limit } = q;
  return { focus, depth, country, kind, from, to, undated, limit };
}

/** A stored view holds arrays; the query schema reads comma-separated strings. */
function storedViewAsQuery(view: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(view).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
}
