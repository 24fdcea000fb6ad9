// Words of the embed in its two languages (names and plurals: names.ts).
import type { Lang } from '../schemas/common.schema.ts';

export type { Lang };

export const WORDS = {
  ru: {
    networkTitle: 'Сеть городов-побратимов',
    focusTitle: (city: string) => `${city} — города-побратимы`,
    kinds: { twinning: 'побратимство', partnership: 'партнёрство', cooperation: 'сотрудничество' } as Record<
      string,
      string
    >,
    undated: 'без даты',
    open: 'Открыть в «Побратиме»',
    source: 'Источник: «Побратим»',
    asOf: (d: string) => `Данные зафиксированы ${d}`,
    hint: 'Нажмите на схему, чтобы масштабировать колесом',
    hintTouch: 'Коснитесь схемы, затем масштабируйте двумя пальцами',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    reset: 'Сбросить масштаб',
    graphLabel: 'Схема связей; стрелки переходят между городами, Enter — подробности',
    tiesOf: (city: string) => `${city}: связи на схеме —`,
    noTies: 'Нет связей для этого вида.',
    more: (n: number) => `и ещё ${n}`,
    truncated: 'Показана часть сети.',
    forumsShown: 'Форумы городов-побратимов на схеме:',
    forumKey: 'форум городов-побратимов (номер)',
    forumsOf: 'форумы:',
    yearUnknown: 'год неизвестен',
  },
  en: {
    networkTitle: 'Twin-city network',
    focusTitle: (city: string) => `${city} — twin cities`,
    kinds: { twinning: 'twinning', partnership: 'partnership', cooperation: 'cooperation' } as Record<string, string>,
    undated: 'undated',
    open: 'Open in Pobratim',
    source: 'Source: Pobratim',
    asOf: (d: string) => `Data as of ${d}`,
    hint: 'Click the graph to zoom with the wheel',
    hintTouch: 'Tap the graph, then pinch to zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset zoom',
    graphLabel: 'Graph of ties; arrow keys move between cities, Enter gives details',
    tiesOf: (city: string) => `${city}: ties shown —`,
    noTies: 'No ties in this view.',
    more: (n: number) => `and ${n} more`,
    truncated: 'Only part of the network is shown.',
    forumsShown: 'Twin-city forums shown:',
    forumKey: 'twin-city forum (edition)',
    forumsOf: 'forums:',
    yearUnknown: 'year unknown',
  },
} as const;
