// The words of the styling rules, the inspector and the first-visit guidance (issue 17), kept apart from
// strings.ts so each feature's words sit together; strings.ts spreads them into its tables.
export const journeyRu = {
  style: 'Оформление',
  colourBy: 'Цвет',
  sizeBy: 'Размер',
  more: 'ещё',
  inspector: 'Свойства',
  inspectTie: 'Связь',
  property: 'Свойство',
  value: 'Значение',
  computed: 'вычислено',
  noSource: 'источник не указан',
} as const;

export const journeyEn: Record<keyof typeof journeyRu, string> = {
  style: 'Style',
  colourBy: 'Colour',
  sizeBy: 'Size',
  more: 'more',
  inspector: 'Properties',
  inspectTie: 'Tie',
  property: 'Property',
  value: 'Value',
  computed: 'computed',
  noSource: 'no source given',
};
