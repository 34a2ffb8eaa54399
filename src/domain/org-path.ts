/**
 * Materialized paths: `/1/5/23/` lists the ids from the top of the tree down to the unit itself.
 * A subtree is every path with that prefix, i.e. the half-open range [path, upperBound(path)),
 * which both databases answer from one index range scan.
 */
export function childPath(parentPath: string, id: number): string {
  return `${parentPath}${id}/`;
}

export function rootPath(id: number): string {
  return `/${id}/`;
}

/** The smallest string greater than every string that starts with `path` (paths end in '/', and '0' follows '/'). */
export function subtreeUpperBound(path: string): string {
  if (!path.endsWith('/')) throw new Error(`not a materialized path: ${path}`);
  return `${path.slice(0, -1)}0`;
}

export function isInSubtree(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

export function idsOfPath(path: string): number[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => Number(s));
}

export function depthOfPath(path: string): number {
  return idsOfPath(path).length - 1;
}
