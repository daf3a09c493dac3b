/** Tags across the library: which tags there are, and the journeys filed under one. Pure. */

/** Every tag used in the library, once each (ignoring case), in alphabetical order. */
export function libraryTags(journeys: readonly { tags: readonly string[] }[]): string[] {
  const byKey = new Map<string, string>();
  for (const j of journeys) for (const tag of j.tags) if (!byKey.has(tag.toLocaleLowerCase())) byKey.set(tag.toLocaleLowerCase(), tag);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** The journeys filed under `tag` (ignoring case); all of them when no tag is chosen. */
export function withTag<T extends { tags: readonly string[] }>(journeys: readonly T[], tag: string | null): T[] {
  if (!tag) return [...journeys];
  const key = tag.toLocaleLowerCase();
  return journeys.filter((j) => j.tags.some((t) => t.toLocaleLowerCase() === key));
}
