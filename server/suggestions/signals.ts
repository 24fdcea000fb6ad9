// The explainable signals of a candidate pair (a city and a city it is not tied to), computed on a GraphIndex.
// `prepare(a)` walks a's neighbourhood once (shared partners, Adamic–Adar, resource allocation, degree-normalised
// paths of length 3, a's partners by country); `features(c)` then reads the pair's signals in O(1), so ranking
// every city for one source is one pass over the cities.
import type { GraphIndex } from './graph-index.ts';

/** The model's inputs, in order: each a plain function of the training graph (docs/suggestions.md). */
export const FEATURES = [
  'sharedPartners', // ln(1 + common neighbours)
  'adamicAdar', // Σ 1 / ln(degree of a shared partner)
  'resourceAllocation', // Σ 1 / degree of a shared partner (× 10)
  'paths3', // ln(1 + Σ over paths a–x–y–c of 1 / √(deg x · deg y))
  'candidateDegree', // ln(1 + degree of c)
  'sourceDegree', // ln(1 + degree of a)
  'countryAffinity', // ln((ties between the two countries + 1) / (expected + 1))
  'sameCountry', // 1 when both are in one country
  'sourcePartnersInCountry', // ln(1 + a's partners in c's country)
  'candidatePartnersInCountry', // ln(1 + c's partners in a's country)
  'sameCommunity', // 1 when Louvain puts both in one community
  'degreeSimilarity', // −|ln(1 + deg a) − ln(1 + deg c)|
  'distance', // ln(1 + km) / 10, 0 when unknown
  'distanceUnknown', // 1 when a coordinate is missing
  'anySharedPartner', // 1 when they share at least one partner
  'anyPath3', // 1 when a path of length 3 joins them
] as const;
export type Feature = (typeof FEATURES)[number];
export const FEATURE_COUNT = FEATURES.length;

const EARTH_KM = 6371;
const rad = Math.PI / 180;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export class Signals {
  /** Raw pair signals for the prepared source, indexed by candidate. */
  readonly common: Float64Array;
  readonly adamicAdar: Float64Array;
  readonly resource: Float64Array;
  readonly paths3: Float64Array;
  /** The prepared source's partners by country index. */
  readonly byCountry: Float64Array;
  private touched: number[] = [];
  private touched3: number[] = [];
  source = -1;

  constructor(readonly ix: GraphIndex) {
    const n = ix.ids.length;
    this.common = new Float64Array(n);
    this.adamicAdar = new Float64Array(n);
    this.resource = new Float64Array(n);
    this.paths3 = new Float64Array(n);
    this.byCountry = new Float64Array(ix.countries.length);
  }

  prepare(a: number): void {
    const { neighbours, degree, country } = this.ix;
    for (const c of this.touched) ((this.common[c] = 0), (this.adamicAdar[c] = 0), (this.resource[c] = 0));
    for (const c of this.touched3) this.paths3[c] = 0;
    this.byCountry.fill(0);
    this.touched = [];
    this.touched3 = [];
    this.source = a;
    for (const x of neighbours[a]!) {
      const dx = degree[x]!;
      if (country[x]! >= 0) this.byCountry[country[x]!]! += 1;
      for (const c of neighbours[x]!) {
        if (c === a) continue;
        if (this.common[c] === 0) this.touched.push(c);
        this.common[c]! += 1;
        this.adamicAdar[c]! += 1 / Math.log(dx);
        this.resource[c]! += 1 / dx;
        const wxy = 1 / Math.sqrt(dx * degree[c]!);
        // paths a–x–y–c with y = this c: continue one step further
        for (const z of neighbours[c]!) {
          if (z === a || z === x) continue;
          if (this.paths3[z] === 0) this.touched3.push(z);
          this.paths3[z]! += wxy;
        }
      }
    }
  }

  /** The pair (prepared source, c)'s features, written into `out` in FEATURES order. */
  features(c: number, out: Float64Array): Float64Array {
    const a = this.source;
    const { degree, country, countries, affinity, partnersByCountry, community, lat, lon } = this.ix;
    const C = countries.length;
    const ca = country[a]!;
    const cc = country[c]!;
    const da = Math.log1p(degree[a]!);
    const dc = Math.log1p(degree[c]!);
    out[0] = Math.log1p(this.common[c]!);
    out[1] = this.adamicAdar[c]!;
    out[2] = 10 * this.resource[c]!;
    out[3] = Math.log1p(this.paths3[c]!);
    out[4] = dc;
    out[5] = da;
    out[6] = ca >= 0 && cc >= 0 ? affinity[ca * C + cc]! : 0;
    out[7] = ca >= 0 && ca === cc ? 1 : 0;
    out[8] = cc >= 0 ? Math.log1p(this.byCountry[cc]!) : 0;
    out[9] = ca >= 0 ? Math.log1p(partnersByCountry[c]!.get(ca) ?? 0) : 0;
    out[10] = community[a]! >= 0 && community[a] === community[c] ? 1 : 0;
    out[11] = -Math.abs(da - dc);
    const known = !Number.isNaN(lat[a]!) && !Number.isNaN(lat[c]!);
    out[12] = known ? Math.log1p(distanceKm(lat[a]!, lon[a]!, lat[c]!, lon[c]!)) / 10 : 0;
    out[13] = known ? 0 : 1;
    out[14] = this.common[c]! > 0 ? 1 : 0;
    out[15] = this.paths3[c]! > 0 ? 1 : 0;
    return out;
  }

  /** Cities two or three steps from the prepared source (those with a shared partner or a path of length 3). */
  nearCandidates(): number[] {
    return [...this.touched, ...this.touched3];
  }

  /** Whether c is a candidate for the prepared source: another city, not already its partner. */
  isCandidate(c: number, partners: Set<number>): boolean {
    return c !== this.source && !partners.has(c);
  }
}
