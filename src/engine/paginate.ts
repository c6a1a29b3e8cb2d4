// Every page of a KMS list operation (ListKeys, ListAliases, ListKeyRotations, ListResourceTags…),
// as the AWS SDK's paginators read them: ask again with Marker = NextMarker while Truncated is true.
// For the engine's callers (views, lessons, the terminal); the engine itself never pages.

/**
 * The items under `member` from every page. `page` makes one request with the marker given
 * (undefined for the first page) and answers its output; its failures pass through.
 */
export async function allPages<T>(page: (marker: string | undefined) => Promise<Record<string, unknown>>, member: string): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const output = await page(marker);
    items.push(...((output[member] as T[] | undefined) ?? []));
    marker = output.Truncated === true && typeof output.NextMarker === 'string' ? output.NextMarker : undefined;
  } while (marker !== undefined);
  return items;
}

/** `input` with `Marker` added when there is one. */
export const withMarker = (input: Record<string, unknown>, marker: string | undefined): Record<string, unknown> =>
  marker === undefined ? input : { ...input, Marker: marker };
