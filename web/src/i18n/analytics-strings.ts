// The Analytics tab's and the city metrics' words, Russian first: each figure's name and the one plain line that
// says what it means (docs/analytics.md). Kept beside strings.ts so the tab's many lines stay in one place.
import type { Lang } from '../../../core/view/view-state.ts';

export type FigureKey =
  | 'places'
  | 'ties'
  | 'density'
  | 'components'
  | 'largestComponent'
  | 'meanDegree'
  | 'maxDegree'
  | 'powerLaw'
  | 'assortativity'
  | 'averageClustering'
  | 'transitivity'
  | 'triangles'
  | 'diameter'
  | 'meanDistance';

type Figure = { name: string; line: string };

const figures: Record<Lang, Record<FigureKey, Figure>> = {
  ru: {
    places: { name: 'Места', line: 'Города, районы и регионы, у которых есть хотя бы одна связь в выборке.' },
    ties: {
      name: 'Связи',
      line: 'Пары мест, связанных побратимством, партнёрством или сотрудничеством (каждая пара — один раз).',
    },
    density: { name: 'Плотность', line: 'Доля связей от всех возможных пар: сеть побратимов очень разрежена.' },
    components: {
      name: 'Компоненты связности',
      line: 'Группы мест, между которыми есть путь по связям; отдельные группы друг до друга не дотягиваются.',
    },
    largestComponent: {
      name: 'Крупнейшая компонента',
      line: 'Сколько мест (и связей) в самой большой связной группе.',
    },
    meanDegree: { name: 'Средняя степень', line: 'Сколько партнёров в среднем у места.' },
    maxDegree: { name: 'Наибольшая степень', line: 'Больше всего партнёров у одного места.' },
    powerLaw: {
      name: 'Степенной закон',
      line: 'Показатель α в P(k) ∝ k^−α для степеней от kmin: чем меньше α, тем больше «хабов» с множеством партнёров.',
    },
    assortativity: {
      name: 'Ассортативность',
      line: 'Больше нуля — места с многими партнёрами дружат с такими же; меньше нуля — с малосвязанными.',
    },
    averageClustering: {
      name: 'Средняя кластеризация',
      line: 'Как часто два партнёра одного места — партнёры и между собой (в среднем по местам).',
    },
    transitivity: { name: 'Транзитивность', line: 'Доля замкнутых треугольников среди всех «вилок» из двух связей.' },
    triangles: { name: 'Треугольники', line: 'Тройки мест, где каждое связано с двумя другими.' },
    diameter: { name: 'Диаметр', line: 'Самый длинный из кратчайших путей в крупнейшей компоненте, в шагах-связях.' },
    meanDistance: {
      name: 'Среднее расстояние',
      line: 'Сколько в среднем шагов-связей между двумя местами крупнейшей компоненты.',
    },
  },
  en: {
    places: { name: 'Places', line: 'Cities, districts and regions with at least one tie in the selection.' },
    ties: { name: 'Ties', line: 'Pairs of places tied by twinning, partnership or cooperation (each pair once).' },
    density: {
      name: 'Density',
      line: 'The share of all possible pairs that are tied: the twin network is very sparse.',
    },
    components: {
      name: 'Connected components',
      line: 'Groups of places with a path of ties between them; separate groups never reach each other.',
    },
    largestComponent: {
      name: 'Largest component',
      line: 'How many places (and ties) the largest connected group holds.',
    },
    meanDegree: { name: 'Mean degree', line: 'How many partners a place has on average.' },
    maxDegree: { name: 'Largest degree', line: 'The most partners any one place has.' },
    powerLaw: {
      name: 'Power law',
      line: 'The exponent α of P(k) ∝ k^−α for degrees from kmin: the smaller α, the more hubs with many partners.',
    },
    assortativity: {
      name: 'Assortativity',
      line: 'Above zero, well-connected places partner with well-connected ones; below zero, with poorly connected ones.',
    },
    averageClustering: {
      name: 'Average clustering',
      line: 'How often two partners of a place are partners of each other too (averaged over places).',
    },
    transitivity: {
      name: 'Transitivity',
      line: 'The share of closed triangles among all pairs of ties that share a place.',
    },
    triangles: { name: 'Triangles', line: 'Triples of places each tied to the other two.' },
    diameter: { name: 'Diameter', line: 'The longest shortest path in the largest component, in ties.' },
    meanDistance: {
      name: 'Mean distance',
      line: 'How many ties apart two places of the largest component are on average.',
    },
  },
};

const words = {
  ru: {
    analytics: 'Аналитика',
    figure: 'Показатель',
    value: 'Значение',
    meaning: 'Что это значит',
    sampled: 'оценка по выборке из {n} мест',
    atMost: 'не больше {n}',
    exact: 'точно',
    degreePlot: 'Распределение степеней (логарифмические оси)',
    degreeAxis: 'степень k (число партнёров)',
    countAxis: 'мест со степенью k',
    fit: 'степенной закон',
    computed: 'Вычислено по графу, а не взято из источника: {by}, {ms} мс.',
    scope: 'По фильтрам стран, видов, года и окрестности; «мин. связей» и скрытые вручную места не учитываются.',
    truncated: 'Выборка обрезана по числу связей: показатели — для первых {n}.',
    metrics: 'Место в сети',
    metricsComputing: 'Граф изменился — показатели пересчитываются.',
    degree: 'Степень',
    degreeLine: 'число партнёров',
    pagerank: 'PageRank',
    pagerankLine: 'вес в сети: связи с весомыми местами значат больше',
    pagerankWeighted: 'PageRank (по соглашениям)',
    pagerankWeightedLine: 'то же, где связь весит по числу документов-соглашений',
    betweenness: 'Посредничество',
    betweennessLine: 'как часто место лежит на кратчайших путях между другими',
    closeness: 'Близость',
    closenessLine: 'как близко в среднем до остальных мест его компоненты',
    community: 'Сообщество',
    communityLine: 'группа плотно связанных мест (Louvain), № по размеру',
    rankWorld: 'Ранг в мире',
    rankCountry: 'Ранг в стране',
    rankLine: 'по PageRank, 1 — самое центральное',
    countryPairs: 'Связи между странами',
    countries: 'Страны',
    tiesCount: 'Связей',
    showInNetwork: 'Показать в сети',
  },
  en: {
    analytics: 'Analytics',
    figure: 'Figure',
    value: 'Value',
    meaning: 'What it means',
    sampled: 'estimated from {n} sampled places',
    atMost: 'at most {n}',
    exact: 'exact',
    degreePlot: 'Degree distribution (log–log)',
    degreeAxis: 'degree k (partners)',
    countAxis: 'places with degree k',
    fit: 'power law',
    computed: 'Computed from the graph, not taken from a source: {by}, {ms} ms.',
    scope:
      'By the country, kind, year and neighbourhood filters; “min. ties” and places hidden by hand are not applied.',
    truncated: 'The selection was cut by its number of ties: figures are of the first {n}.',
    metrics: 'Place in the network',
    metricsComputing: 'The graph changed — the metrics are being recomputed.',
    degree: 'Degree',
    degreeLine: 'number of partners',
    pagerank: 'PageRank',
    pagerankLine: 'weight in the network: ties to weighty places count more',
    pagerankWeighted: 'PageRank (by agreements)',
    pagerankWeightedLine: 'the same, each tie weighted by its agreements',
    betweenness: 'Betweenness',
    betweennessLine: 'how often the place lies on shortest paths between others',
    closeness: 'Closeness',
    closenessLine: 'how near, on average, the other places of its component are',
    community: 'Community',
    communityLine: 'a group of densely tied places (Louvain), numbered by size',
    rankWorld: 'Rank in the world',
    rankCountry: 'Rank in the country',
    rankLine: 'by PageRank, 1 is the most central',
    countryPairs: 'Ties between countries',
    countries: 'Countries',
    tiesCount: 'Ties',
    showInNetwork: 'Show in the network',
  },
};

export type AnalyticsWord = keyof (typeof words)['en'];

export const figureText = (lang: Lang, key: FigureKey): Figure => figures[lang][key];

export function aw(lang: Lang, key: AnalyticsWord, vars: Record<string, string | number> = {}): string {
  return words[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
