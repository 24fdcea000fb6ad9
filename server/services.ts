// The composition root: every repository and service of one process, each built once from the database, and
// handed to whoever needs it — the HTTP app (app.ts) and the command-line tools (export). Nothing else calls `new`
// on a service or a repository.
import { NotFoundError } from './errors/errors.ts';
import { AnalyticsRepository } from './analytics/analytics.repository.ts';
import { AnalyticsService } from './analytics/analytics.service.ts';
import { CountryRepository } from './analytics/country.repository.ts';
import { CountryService } from './analytics/country.service.ts';
import { AgreementRepository } from './agreements/agreement.repository.ts';
import { AgreementService } from './agreements/agreement.service.ts';
import { CityRepository } from './cities/city.repository.ts';
import { CityService } from './cities/city.service.ts';
import { readEnv } from './config.ts';
import type { Database } from './db/database.ts';
import { EmbedService, type StoryLimits } from './embed/embed.service.ts';
import { EmbedLayouts } from './embed/embed-layouts.ts';
import { StoryRepository } from './embed/story.repository.ts';
import { ExportRepository } from './export/export.repository.ts';
import { ExportService } from './export/export.service.ts';
import { ForumRepository } from './forums/forum.repository.ts';
import { ForumService } from './forums/forum.service.ts';
import { GraphRepository } from './graph/graph.repository.ts';
import { graphThroughCache } from './graph/graph.routes.ts';
import { GraphService } from './graph/graph.service.ts';
import { GraphChangeCache } from './http/graph-change-cache.ts';
import { ImportRepository } from './import/import.repository.ts';
import { ImportService } from './import/import.service.ts';
import { PathRepository } from './paths/path.repository.ts';
import { PathService } from './paths/path.service.ts';
import { ProfileRepository } from './profiles/profile.repository.ts';
import { ProfileService } from './profiles/profile.service.ts';
import { SourceRepository } from './sources/source.repository.ts';
import { SourceService } from './sources/source.service.ts';
import { SuggestionService } from './suggestions/suggestion.service.ts';

export interface ServiceOptions {
  /** Bound of the response cache, in characters or bytes (default 64 M); 0 turns it off. */
  responseCacheBytes?: number;
  /** Bounds of story storage (default STORY_MAX_KB, STORY_MAX_COUNT, STORY_MAX_TOTAL_MB). */
  storyLimits?: StoryLimits;
}

export interface Services {
  /** Response bodies kept until the graph changes: shared by the graph, city, source and embed routes. */
  cache: GraphChangeCache;
  agreements: AgreementService;
  analytics: AnalyticsService;
  cities: CityService;
  /** Countries and their ties (the country view of issue 18 §3). */
  countries: CountryService;
  embeds: EmbedService;
  exports: ExportService;
  forums: ForumService;
  graph: GraphService;
  imports: ImportService;
  paths: PathService;
  /** A city's profile: partners by country, ties by year, forums, metrics, cities like it. */
  profiles: ProfileService;
  sources: SourceService;
  /** Partnership suggestions (computed, never stored): fitted off the request path, refitted after writes. */
  suggestions: SuggestionService;
}

export function createServices(db: Database, opts: ServiceOptions = {}): Services {
  const env = readEnv();
  const repos = {
    agreements: new AgreementRepository(db),
    forums: new ForumRepository(db),
    sources: new SourceRepository(db),
  };
  const cache = new GraphChangeCache(db, opts.responseCacheBytes);
  const graph = new GraphService(new GraphRepository(db), repos.sources);
  const graphOf = graphThroughCache(graph, cache);
  const storyLimits = opts.storyLimits ?? {
    maxBytes: env.STORY_MAX_KB * 1024,
    maxCount: env.STORY_MAX_COUNT,
    maxTotalBytes: env.STORY_MAX_TOTAL_MB * 1024 * 1024,
  };
  const cities = new CityService(new CityRepository(db));
  const analytics = new AnalyticsService(db, new AnalyticsRepository(db), cache, graphOf);
  return {
    cache,
    agreements: new AgreementService(repos.agreements),
    analytics,
    cities,
    countries: new CountryService(db, new CountryRepository(db), cache, graphOf, (ids) => repos.sources.byIds(ids)),
    // Embeds read the graph through the response cache, so nearby limits share one selection with /api/graph.
    embeds: new EmbedService(
      { get: (q) => graphOf(q) },
      new StoryRepository(db),
      repos.forums,
      storyLimits,
      new EmbedLayouts(),
    ),
    exports: new ExportService(new ExportRepository(db), graph),
    forums: new ForumService(repos.forums, repos.sources),
    graph,
    imports: new ImportService(new ImportRepository(db)),
    paths: new PathService(new PathRepository(db), repos.agreements),
    profiles: new ProfileService(new ProfileRepository(db), repos.sources, (id) => analytics.city(id), cache),
    sources: new SourceService(repos.sources),
    suggestions: new SuggestionService(
      { get: (q) => graphOf(q) },
      db,
      (id) =>
        cities.get(id).then(
          (c) => new Set(c.ties.map((t) => t.city.id)),
          (e: unknown) => {
            if (e instanceof NotFoundError) return null;
            throw e;
          },
        ),
      cache,
    ),
  };
}
