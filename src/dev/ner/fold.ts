/** Name folding shared by the gazetteer builders. */

/** A name with its diacritics removed ("İzmir" → "Izmir", "São Paulo" → "Sao Paulo"). */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
