// The console's words in Russian and English: standalone it speaks English (its page's language), inside the
// explorer it follows the explorer's language. Plurals through core/i18n (Russian: one / few / many).
import { plural } from '../../core/i18n/names.ts';

export type ConsoleLang = 'ru' | 'en';

const ru = {
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
};

export type ConsoleWords = typeof ru;

const en: ConsoleWords = {
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
};

export const consoleWords: Record<ConsoleLang, ConsoleWords> = { ru, en };
