// Number and size wording shared by captions and views.

const COUNT = new Intl.NumberFormat('en-US');

export const formatCount = (n: number): string => COUNT.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Bytes as people read them: "32 bytes", "4,097 bytes", "256 KiB", "5.0 MiB". */
export function formatBytes(n: number): string {
  if (n < 10 * 1024) return plural(n, 'byte');
  if (n < 1024 * 1024) return `${formatCount(Math.round(n / 1024))} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}

/** The last part of a key ARN or ID, shortened for captions: "1234abcd…". */
export function shortKey(arnOrId: string): string {
  const id = arnOrId.slice(arnOrId.lastIndexOf('/') + 1);
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}
