// The console's words in Russian and English: standalone it speaks English (its page's language), inside the
// explorer it follows the explorer's language. Plurals through core/i18n (Russian: one / few / many).
import { plural } from '../../core/i18n/names.ts';

export type ConsoleLang = 'ru' | 'en';

const ru = {
  lang: 'ru' as ConsoleLang,
  examples: 'Примеры',
  schema: 'Схема',
  history: 'История',
  loading: 'Загрузка…',
  params: 'Параметры (JSON)',
  run: 'Выполнить',
  permalink: 'Постоянная ссылка',
  table: 'Таблица',
  graph: 'Граф',
  running: 'Выполняется…',
  writeFirst: 'Сначала напишите запрос.',
  unreachable: 'Консоль не может связаться с API:',
  copied: 'Ссылка скопирована и стоит в адресной строке',
  schemaUnavailable: 'Схема недоступна:',
  data: 'Данные',
  truncated: 'обрезано',
  atLine: (line: number, column: number) => `строка ${line}, столбец ${column}`,
  rows: (n: number) => `${n} ${plural('ru', n, { one: 'строка', few: 'строки', other: 'строк' })}`,
  steps: (n: number) => `путь из ${n} ${plural('ru', n, { one: 'шага', other: 'шагов' })}`,
  query: 'Запрос Cypher',
  noGraph: 'В этом результате нет узлов и связей: чтобы увидеть граф, верните узлы, связи или пути.',
  graphSummary: (nodes: number, rels: number) =>
    `Граф: ${nodes} ${plural('ru', nodes, { one: 'узел', few: 'узла', other: 'узлов' })}, ${rels} ${plural('ru', rels, { one: 'связь', few: 'связи', other: 'связей' })}`,
  drawnOf: (nodes: number, total: number) =>
    `Показано ${nodes} из ${total} ${plural('ru', total, { one: 'узла', other: 'узлов' })} (в порядке строк); все строки — во вкладке «Таблица»`,
  graphHelp: 'Перетаскивайте узлы, колесо или щипок — масштаб; щелчок или Enter на узле — его свойства',
  fit: 'Вписать',
  zoomIn: 'Крупнее',
  zoomOut: 'Мельче',
  inspectHint: 'Щёлкните узел или связь (или нажмите Enter на узле), чтобы увидеть все свойства.',
  close: 'Закрыть',
  property: 'Свойство',
  value: 'Значение',
  relationshipsHere: (n: number) =>
    `${n} ${plural('ru', n, { one: 'связь', few: 'связи', other: 'связей' })} в результате`,
  sourcePage: 'страница источника',
  labels: 'Метки',
};

export type ConsoleWords = typeof ru;

const en: ConsoleWords = {
  lang: 'en',
  examples: 'Examples',
  schema: 'Schema',
  history: 'History',
  loading: 'Loading…',
  params: 'Parameters (JSON)',
  run: 'Run',
  permalink: 'Permalink',
  table: 'Table',
  graph: 'Graph',
  running: 'Running…',
  writeFirst: 'Write a query first.',
  unreachable: 'The console could not reach the API:',
  copied: 'Permalink copied to the clipboard and put in the address bar',
  schemaUnavailable: 'Schema unavailable:',
  data: 'Data',
  truncated: 'truncated',
  atLine: (line, column) => `line ${line}, column ${column}`,
  rows: (n) => `${n} ${plural('en', n, { one: 'row', other: 'rows' })}`,
  steps: (n) => `path of ${n} ${plural('en', n, { one: 'step', other: 'steps' })}`,
  query: 'Cypher query',
  noGraph: 'No nodes or relationships in this result: return nodes, relationships or paths to see a graph.',
  graphSummary: (nodes, rels) =>
    `Graph of ${nodes} ${plural('en', nodes, { one: 'node', other: 'nodes' })} and ${rels} ${plural('en', rels, { one: 'relationship', other: 'relationships' })}`,
  drawnOf: (nodes, total) =>
    `Showing ${nodes} of ${total} ${plural('en', total, { one: 'node', other: 'nodes' })} (in row order); the Table has every row`,
  graphHelp: 'Drag nodes; wheel or pinch to zoom; click a node (or Enter on it) for its properties',
  fit: 'Fit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  inspectHint: 'Click a node or a relationship (or press Enter on a node) to see all its properties.',
  close: 'Close',
  property: 'Property',
  value: 'Value',
  relationshipsHere: (n) => `${n} ${plural('en', n, { one: 'relationship', other: 'relationships' })} in the result`,
  sourcePage: "the source's page",
  labels: 'Labels',
};

export const consoleWords: Record<ConsoleLang, ConsoleWords> = { ru, en };
