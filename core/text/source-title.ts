// The readable name of a source, the same on its page, in the Table and in CSV exports: its title, else its
// publisher and date, else its id.
import type { Source } from '../schemas/source.schema.ts';

export function sourceTitle(s: Pick<Source, 'title' | 'publisher' | 'date' | 'id'>): string {
  return s.title ?? ([s.publisher, s.date].filter(Boolean).join(', ') || s.id);
}

/** The page a source link opens (server/sources/source-page.ts), in the reader's language. */
export function sourcePagePath(id: string, lang: 'ru' | 'en'): string {
  return `/sources/${encodeURIComponent(id)}?lang=${lang}`;
}
