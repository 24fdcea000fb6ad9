// Neo4j values → the console's faithful JSON (documented in core/schemas/cypher-console.schema.ts).
// Expects a driver built with `useBigInt: true`, so integers arrive as exact BigInts and never lose digits.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Relationship,
} from 'neo4j-driver';

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);
const crsBySrid: Record<number, string> = {
  4326: 'wgs-84',
  4979: 'wgs-84-3d',
  7203: 'cartesian',
  9157: 'cartesian-3d',
};

export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'bigint':
      return value <= maxSafe && value >= -maxSafe ? Number(value) : value.toString();
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      return objectToJson(value);
    default:
      return String(value);
  }
}

function objectToJson(value: object): unknown {
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (neo4j.isInt(value)) return toJsonValue((value as { toBigInt(): bigint }).toBigInt());
  if (isNode(value)) return nodeToJson(value);
  if (isRelationship(value)) return relationshipToJson(value);
  if (isPath(value)) {
    return {
      $kind: 'path',
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(nodeToJson),
      relationships: value.segments.map((s) => relationshipToJson(s.relationship)),
    };
  }
  if (isPoint(value)) {
    const srid = Number(value.srid);
    return {
      $kind: 'point',
      srid,
      crs: crsBySrid[srid] ?? 'unknown',
      x: value.x,
      y: value.y,
      ...(value.z === undefined ? {} : { z: value.z }),
    };
  }
  if (isDuration(value)) return durationToIso(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value))
    return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
}

export function nodeToJson(node: Node) {
  return {
    $kind: 'node' as const,
    id: node.elementId,
    labels: [...node.labels],
    properties: propertiesToJson(node.properties),
  };
}

export function relationshipToJson(rel: Relationship) {
  return {
    $kind: 'relationship' as const,
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: propertiesToJson(rel.properties),
  };
}

function propertiesToJson(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toJsonValue(v)]));
}

/** ISO 8601 the way Neo4j writes it (`P1Y2M3DT4H`, `PT0S`); the driver's own toString leaves a bare `T` (`P1YT`). */
export function durationToIso(d: { months: unknown; days: unknown; seconds: unknown; nanoseconds: unknown }): string {
  const months = BigInt(String(d.months)),
    days = BigInt(String(d.days));
  const nanos = BigInt(String(d.seconds)) * 1_000_000_000n + BigInt(String(d.nanoseconds));
  const part = (n: bigint, unit: string) => (n === 0n ? '' : `${n}${unit}`);
  const hours = nanos / 3_600_000_000_000n,
    minutes = (nanos / 60_000_000_000n) % 60n,
    restNanos = nanos % 60_000_000_000n;
  const secs =
    restNanos === 0n
      ? ''
      : `${restNanos < 0n ? '-' : ''}${(restNanos < 0n ? -restNanos : restNanos) / 1_000_000_000n}${fraction((restNanos < 0n ? -restNanos : restNanos) % 1_000_000_000n)}S`;
  const date = part(months / 12n, 'Y') + part(months % 12n, 'M') + part(days, 'D');
  const time = part(hours, 'H') + part(minutes, 'M') + secs;
  return date || time ? `P${date}${time ? `T${time}` : ''}` : 'PT0S';
}

function fraction(nanos: bigint): string {
  return nanos === 0n ? '' : `.${nanos.toString().padStart(9, '0').replace(/0+$/, '')}`;
}

/** Request parameters → driver values: JSON integers become Neo4j INTEGERs (a plain JS number would be a FLOAT). */
export function toDriverParams(value: unknown): unknown {
  // Safe integers only: 1.5e300 is an integer to JavaScript but a FLOAT in the JSON text (and neo4j.int would clamp it).
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  return value;
}
