// Entity resolution in memory: a place named in a file becomes an existing city (same country and kind, a
// shared name key — names, aliases, transliteration, ё/е — and closer than 30 km), or a new node. A spelling
// variant that shares no key but has the same consonant skeleton within 10 km (Baranavichy / Baranovichi) is
// the same place too, when the spellings differ only in a vowel or two (see `sameSpelling`). Several candidates
// make the place ambiguous: reported, never guessed. An existing city without coordinates (the curated seed
// leaves unknown ones unknown) gains those the file gives for it — when every row naming it agrees within 30 km.
import { distance as editDistance } from 'fastest-levenshtein';
import { foldName, nameKeys } from '../search/name-keys.ts';
import type { PlaceKind } from './place-kind.ts';
import { placeId } from './place-id.ts';

export const MATCH_KM = 30;
export const SKELETON_KM = 10;

export interface KnownPlace {
  id: string;
  country: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  nameEn: string | null;
  nameRu: string | null;
  aliases: string[];
  searchKeys: string[];
}

/** A place as a file states it, its country already an ISO code. */
export interface PlaceQuery {
  id?: string;
  name: string;
  country: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
}

export type Resolution = { id: string } | { ambiguous: string[] };

interface Entry extends KnownPlace {
  isNew: boolean;
  folded: Set<string>;
  newAliases: string[];
  newKeys: string[];
  /** Where the file's rows put an existing city that has no coordinates. */
  seenAt: { lat: number; lon: number }[];
}

export interface ExtendedPlace extends Entry {
  /** Coordinates the city gains: the file's, when all its rows agree (else none: unknown stays unknown). */
  newLocation: { lat: number; lon: number } | null;
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Consonants only, with v/w and doubled letters folded: "baranavichy" and "baranovichi" → "brnvch". */
export function skeleton(key: string): string {
  return key
    .replace(/w/g, 'v')
    .replace(/[aeiouyj\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

const numeral = /^([ivxlcdm]+|.*\d.*)$/;

/**
 * Two folded names that are spelling variants of one name: same first letter, same words count, same numerals
 * (Budapest XV ≠ XVI), same consonants in order (Taitō ≠ Kōtō), at most two edits and one letter of length apart
 * (Lübben ≠ Lübbenau). Baranavichy / Baranovichi and Lyeninski / Leninsky pass.
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || editDistance(a, b) > 2) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  if (wa.filter((w) => numeral.test(w)).join(' ') !== wb.filter((w) => numeral.test(w)).join(' ')) return false;
  const consonants = (s: string) => s.replace(/w/g, 'v').replace(/[aeiouyj\s]/g, '');
  return consonants(a) === consonants(b);
}

function near(e: KnownPlace, q: PlaceQuery, km: number, needCoordinates: boolean): boolean {
  if (e.lat === null || e.lon === null || q.lat === null || q.lon === null) return !needCoordinates;
  return distanceKm({ lat: e.lat, lon: e.lon }, { lat: q.lat, lon: q.lon }) < km;
}

export class PlaceResolver {
  private readonly byId = new Map<string, Entry>();
  private readonly byKey = new Map<string, Entry[]>();
  private readonly bySkeleton = new Map<string, Entry[]>();
  private readonly memo = new Map<string, Resolution>();
  /** Pre-existing cities a file place resolved to. */
  readonly matched = new Set<string>();

  constructor(existing: KnownPlace[]) {
    for (const p of existing)
      this.add({ ...p, isNew: false, folded: foldedNames(p), newAliases: [], newKeys: [], seenAt: [] });
  }

  resolve(q: PlaceQuery): Resolution {
    const memoKey = `${q.id ?? ''}|${q.country}|${q.kind}|${q.name}|${q.lat}|${q.lon}`;
    let r = this.memo.get(memoKey);
    if (!r) {
      r = this.find(q);
      this.memo.set(memoKey, r);
    }
    return r;
  }

  /** New places, and existing ones that gained aliases or coordinates (with the new aliases and keys only). */
  changes(): { created: Entry[]; extended: ExtendedPlace[] } {
    const all = [...this.byId.values()];
    const extended = all
      .filter((e) => !e.isNew && (e.newAliases.length > 0 || e.seenAt.length > 0))
      .map((e) => ({ ...e, newLocation: agreedLocation(e.seenAt) }))
      .filter((e) => e.newAliases.length > 0 || e.newLocation);
    return { created: all.filter((e) => e.isNew), extended };
  }

  private find(q: PlaceQuery): Resolution {
    if (q.id && this.byId.has(q.id)) return this.use(this.byId.get(q.id)!, q);
    const keys = nameKeys(q.name);
    const exact = unique(keys.flatMap((k) => this.byKey.get(`${q.country}|${k}`) ?? [])).filter(
      (e) => e.kind === q.kind && near(e, q, MATCH_KM, false),
    );
    if (exact.length === 1) return this.use(exact[0]!, q);
    if (exact.length > 1) return { ambiguous: exact.map((e) => e.id).sort() };
    const similar = unique(
      keys.flatMap((k) =>
        this.bySkeletonOf(q.country, k).filter((e) => e.searchKeys.some((ek) => sameSpelling(ek, k))),
      ),
    ).filter((e) => e.kind === q.kind && near(e, q, SKELETON_KM, true));
    if (similar.length === 1) return this.use(similar[0]!, q);
    if (similar.length > 1) return { ambiguous: similar.map((e) => e.id).sort() };
    return { id: this.create(q, keys).id };
  }

  private bySkeletonOf(country: string, key: string): Entry[] {
    const s = skeleton(key);
    return s.length >= 3 ? (this.bySkeleton.get(`${country}|${s}`) ?? []) : [];
  }

  private use(e: Entry, q: PlaceQuery): Resolution {
    if (!e.isNew) this.matched.add(e.id);
    if (!e.isNew && e.lat === null && q.lat !== null && q.lon !== null) e.seenAt.push({ lat: q.lat, lon: q.lon });
    const folded = foldName(q.name);
    if (folded && !e.folded.has(folded)) {
      e.folded.add(folded);
      e.aliases.push(q.name);
      e.newAliases.push(q.name);
      for (const k of nameKeys(q.name)) {
        if (e.searchKeys.includes(k)) continue;
        e.searchKeys.push(k);
        e.newKeys.push(k);
        this.index(e, k);
      }
    }
    return { id: e.id };
  }

  private create(q: PlaceQuery, keys: string[]): Entry {
    const id = q.id ?? placeId(q.country, q.name, q.lat, q.lon, (x) => this.byId.has(x));
    const e: Entry = {
      id,
      country: q.country,
      kind: q.kind,
      lat: q.lat,
      lon: q.lon,
      nameEn: q.name,
      nameRu: null,
      aliases: [],
      searchKeys: keys,
      isNew: true,
      folded: new Set([foldName(q.name)]),
      newAliases: [],
      newKeys: [...keys],
      seenAt: [],
    };
    this.add(e);
    return e;
  }

  private add(e: Entry) {
    this.byId.set(e.id, e);
    const keys = new Set([
      ...e.searchKeys,
      ...[e.nameEn, e.nameRu, ...e.aliases].flatMap((n) => (n ? nameKeys(n) : [])),
    ]);
    e.searchKeys = [...keys];
    for (const k of keys) this.index(e, k);
  }

  private index(e: Entry, key: string) {
    push(this.byKey, `${e.country}|${key}`, e);
    const s = skeleton(key);
    if (s.length >= 3) push(this.bySkeleton, `${e.country}|${s}`, e);
  }
}

/** The first position stated, if every other one is within MATCH_KM of it. */
function agreedLocation(seen: { lat: number; lon: number }[]): { lat: number; lon: number } | null {
  const first = seen[0];
  return first && seen.every((p) => distanceKm(first, p) < MATCH_KM) ? first : null;
}

function foldedNames(p: KnownPlace): Set<string> {
  return new Set([p.nameEn, p.nameRu, ...p.aliases].flatMap((n) => (n ? [foldName(n)] : [])));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
