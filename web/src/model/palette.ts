// Country names for the explorer's panels; the colours themselves are core/style's, one per country everywhere.
import { countryName as sharedCountryName } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/schemas/common.schema.ts';

/** Country display name (core/i18n/names.ts), with the table's word for a missing country. */
export const countryName = (code: string | null, lang: Lang): string =>
  sharedCountryName(code, lang, lang === 'ru' ? 'неизвестно' : 'unknown');
