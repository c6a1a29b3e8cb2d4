// The CLI's automatic paging (botocore's PageIterator): without a service paging option it follows
// NextMarker/NextToken to the end, honours --max-items, --page-size and --starting-token, and hands
// back each page (the text format prints page by page) and the merged result (json and table).

import { fromBase64 } from '../../engine/index';
import { text, toBase64, utf8 } from '../bytes';
import type { Paginator } from './commands';
import { argumentError } from './errors';

type Response = Record<string, unknown>;

export interface PagingConfig {
  maxItems?: number;
  pageSize?: number;
  startingToken?: string;
}

export interface Paged {
  pages: Response[];
  full: Response;
  /** The `--starting-token` that continues where --max-items stopped. */
  nextToken?: string;
}

/**
 * botocore's TokenEncoder: base64 of a JSON object naming the service token and the items to skip,
 * written as Python's json.dumps writes it (`{"Marker": null, "boto_truncate_amount": 1}`), so the
 * token matches the real CLI's character for character.
 */
function encodeToken(inputToken: string, token: unknown, truncate: number): string {
  const entries: Array<[string, unknown]> = [[inputToken, token ?? null], ...(truncate > 0 ? [['boto_truncate_amount', truncate] as [string, unknown]] : [])];
  return toBase64(utf8(`{${entries.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`));
}

function decodeToken(inputToken: string, encoded: string): { token?: string; truncate: number } {
  const bytes = fromBase64(encoded);
  try {
    const value = JSON.parse(bytes ? text(bytes) : '') as Record<string, unknown>;
    const token = value[inputToken];
    const truncate = value['boto_truncate_amount'];
    return { ...(typeof token === 'string' && { token }), truncate: typeof truncate === 'number' ? truncate : 0 };
  } catch {
    throw argumentError(`argument --starting-token: Invalid token: ${encoded}`);
  }
}

export async function paginate(paginator: Paginator, params: Response, config: PagingConfig, send: (params: Response) => Promise<Response>): Promise<Paged> {
  const start = config.startingToken === undefined ? { truncate: 0 } : decodeToken(paginator.inputToken, config.startingToken);
  let token = start.token;
  let skip = start.truncate;
  let total = 0;
  let nextToken: string | undefined;
  const pages: Response[] = [];
  const items: unknown[] = [];
  for (;;) {
    const request = { ...params, ...(token !== undefined && { [paginator.inputToken]: token }), ...(config.pageSize !== undefined && { [paginator.limitKey]: config.pageSize }) };
    const response = await send(request);
    const all = Array.isArray(response[paginator.resultKey]) ? (response[paginator.resultKey] as unknown[]) : [];
    const pageItems = all.slice(skip);
    const next = typeof response[paginator.outputToken] === 'string' ? (response[paginator.outputToken] as string) : undefined;
    if (config.maxItems !== undefined && total + pageItems.length >= config.maxItems) {
      const take = config.maxItems - total;
      const kept = pageItems.slice(0, take);
      if (take < pageItems.length) nextToken = encodeToken(paginator.inputToken, token, skip + take);
      else if (next !== undefined) nextToken = encodeToken(paginator.inputToken, next, 0);
      pages.push({ [paginator.resultKey]: kept });
      items.push(...kept);
      break;
    }
    pages.push({ [paginator.resultKey]: pageItems });
    items.push(...pageItems);
    total += pageItems.length;
    if (next === undefined) break;
    token = next;
    skip = 0;
  }
  return { pages, full: { [paginator.resultKey]: items, ...(nextToken !== undefined && { NextToken: nextToken }) }, ...(nextToken !== undefined && { nextToken }) };
}
