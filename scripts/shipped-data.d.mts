/** A data file as the extension ships it (dist/<browser>/data/): the same data without its indentation. */
export function shippedData(name: 'skills' | 'paths'): string;
