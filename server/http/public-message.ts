// What error texts may say in public: Neo4j's messages can carry the Java classes behind them
// ("Caused by: java.lang.IllegalArgumentException: …", "org.apache.lucene.queryparser.classic.ParseException: …"),
// which tell an attacker the stack and help no user. The error handler passes every message and detail through
// here, so no route (the console included) has to remember.

/** A qualified JVM class name (`java.lang.X`, `org.apache.lucene.….ParseException`), with a following colon. */
const QUALIFIED =
  /\b(?:java|javax|jdk|sun|org|com|scala|kotlin|io|net)\.(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:\$[\w$]+)*:?/g;
/** Bare exception names and the JVM's own errors. */
const BARE =
  /\b(?:[A-Z][\w$]*Exception|StackOverflowError|OutOfMemoryError|NoClassDefFoundError|ExceptionInInitializerError)\b:?/g;

export function withoutJavaNames(text: string): string {
  return text
    .replace(QUALIFIED, '')
    .replace(BARE, '')
    .replace(/Caused by:\s*/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/:\s*:/g, ':')
    .trim();
}

/** Every string inside `value` (error details: causes, field messages) cleaned the same way. */
export function cleanDetails(value: unknown): unknown {
  if (typeof value === 'string') return withoutJavaNames(value);
  if (Array.isArray(value)) return value.map(cleanDetails);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'neo4jCode' ? v : cleanDetails(v)]));
  return value;
}
