import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OrgSearchHit } from '../../../contracts/org.contract.js';
import { ApiError } from '../../api/api-error.js';
import { getOrg, listOrgChildren } from '../../api/orgs.api.js';
import { useReportError } from '../../api/useReportError.js';

/** Children lists are keyed by their parent's id; `top` is the list holding the user's own unit. */
export type ListKey = number | 'top';
type Lists = ReadonlyMap<ListKey, readonly OrgSearchHit[]>;

export interface OrgTree {
  lists: Lists;
  expandedIds: readonly number[];
  setExpandedIds: (ids: readonly number[]) => void;
  loadChildren: (parentId: number) => Promise<void>;
  /** Fetches these lists again (or for the first time) and swaps them in together. */
  reload: (keys: readonly (ListKey | undefined)[]) => Promise<void>;
  /** The key of the list a unit appears in, to refresh it after the unit itself changed. */
  listKeyOf: (id: number) => ListKey | undefined;
  /** The unit's own children list and every loaded list below it. */
  loadedKeysUnder: (id: number) => ListKey[];
  /** Opens the branches down to a unit, loading each level on the way. */
  reveal: (id: number) => Promise<void>;
}

/**
 * The org tree as far as the user has opened it, loaded one level at a time from the server so a
 * county with thousands of villages opens instantly. Toggling `includeInactive` refetches every
 * open level instead of collapsing the tree.
 */
export function useOrgTree(includeInactive: boolean): OrgTree {
  const reportError = useReportError();
  const [lists, setLists] = useState<Lists>(new Map());
  const [expandedIds, setExpandedIds] = useState<readonly number[]>([]);
  // Async work reads the latest lists through this ref, not through a stale closure.
  const listsRef = useRef<Lists>(lists);
  useEffect(() => {
    listsRef.current = lists;
  }, [lists]);

  const reload = useCallback(
    async (keys: readonly (ListKey | undefined)[]) => {
      const unique = [...new Set(keys.filter((k): k is ListKey => k !== undefined))];
      const results = await Promise.all(
        unique.map(async (key) => {
          try {
            return { key, items: await listOrgChildren(key === 'top' ? undefined : key, includeInactive) };
          } catch (error) {
            // A parent that is gone (deleted, moved out of reach) simply drops out of the tree.
            if (error instanceof ApiError && error.status === 404) return { key, items: undefined };
            throw error;
          }
        }),
      ).catch((error: unknown) => {
        reportError(error);
        return [];
      });
      if (results.length === 0) return;
      setLists((prev) => {
        const next = new Map(prev);
        for (const { key, items } of results) {
          if (items) next.set(key, items);
          else next.delete(key);
        }
        return next;
      });
    },
    [includeInactive, reportError],
  );

  useEffect(() => {
    const open = [...listsRef.current.keys()];
    void reload(open.length > 0 ? open : ['top']);
  }, [reload]);

  const loadChildren = useCallback((parentId: number) => reload([parentId]), [reload]);

  const listKeyOf = useCallback((id: number) => [...lists].find(([, items]) => items.some((item) => item.id === id))?.[0], [lists]);

  const loadedKeysUnder = useCallback(
    (id: number) => {
      const keys: ListKey[] = [];
      const pending = [id];
      for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
        const children = lists.get(current);
        if (!children) continue;
        keys.push(current);
        pending.push(...children.map((c) => c.id));
      }
      return keys;
    },
    [lists],
  );

  const reveal = useCallback(
    async (id: number) => {
      try {
        const { ancestors } = await getOrg(id);
        const chain = ancestors.map((a) => a.id);
        for (const ancestorId of chain) {
          if (!listsRef.current.has(ancestorId)) await reload([ancestorId]);
        }
        setExpandedIds((prev) => [...new Set([...prev, ...chain])]);
      } catch (error) {
        reportError(error);
      }
    },
    [reload, reportError],
  );

  return useMemo(
    () => ({ lists, expandedIds, setExpandedIds, loadChildren, reload, listKeyOf, loadedKeysUnder, reveal }),
    [lists, expandedIds, loadChildren, reload, listKeyOf, loadedKeysUnder, reveal],
  );
}
