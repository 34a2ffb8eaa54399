import { TreeSelect } from 'antd';
import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { OrgSearchHit } from '../../contracts/org.contract.js';
import { getOrg, listOrgChildren, searchOrgs } from '../api/orgs.api.js';
import { useReportError } from '../api/useReportError.js';

interface OrgTreeSelectProps {
  id?: string;
  value?: number;
  onChange?: (orgId: number | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  includeInactive?: boolean;
  /** Units that may not be picked, e.g. the current parent of a unit being moved. */
  disabledIds?: readonly number[];
  /** Units offered but never opened, so nothing under them can be picked (the unit being moved). */
  closedIds?: readonly number[];
  style?: CSSProperties;
}

interface Option {
  id: number;
  pId: number;
  value: number;
  title: string;
  isLeaf: boolean;
  disabled: boolean;
}

interface LabeledValue {
  value: number;
  label?: ReactNode;
}

// Top-level options hang under this pseudo parent in antd's simple tree mode.
const TOP = 0;
const SEARCH_DELAY_MS = 250;

/**
 * Picks one unit of the caller's subtree. The tree opens level by level from the server, and typing
 * searches the whole subtree on the server, so large trees never have to be loaded up front.
 */
export function OrgTreeSelect(props: OrgTreeSelectProps) {
  const { value, onChange, includeInactive = false, disabledIds = [], closedIds = [] } = props;
  const reportError = useReportError();
  const [nodes, setNodes] = useState<ReadonlyMap<number, OrgSearchHit>>(new Map());
  const [loadedParents, setLoadedParents] = useState<readonly number[]>([]);
  const [searchText, setSearchText] = useState('');
  const [hits, setHits] = useState<readonly OrgSearchHit[]>([]);
  const [fetchedLabels, setFetchedLabels] = useState<ReadonlyMap<number, string>>(new Map());

  const addNodes = useCallback((items: OrgSearchHit[]) => {
    setNodes((prev) => {
      const next = new Map(prev);
      for (const item of items) next.set(item.id, item);
      return next;
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    listOrgChildren(undefined, includeInactive, controller.signal).then(
      (items) => {
        setNodes(new Map(items.map((item) => [item.id, item])));
        setLoadedParents([]);
      },
      (error: unknown) => reportError(error),
    );
    return () => controller.abort();
  }, [includeInactive, reportError]);

  useEffect(() => {
    const text = searchText.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchOrgs(text, includeInactive, controller.signal).then(setHits, (error: unknown) => reportError(error));
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [searchText, includeInactive, reportError]);

  // A value set from outside (a user's unit deep in the tree) needs its name before its branch is opened.
  const knownLabel = value === undefined ? undefined : (nodes.get(value)?.name ?? hits.find((h) => h.id === value)?.name ?? fetchedLabels.get(value));
  useEffect(() => {
    if (value === undefined || knownLabel !== undefined) return;
    const controller = new AbortController();
    getOrg(value, controller.signal).then(
      (org) => setFetchedLabels((prev) => new Map(prev).set(org.id, org.name)),
      () => undefined,
    );
    return () => controller.abort();
  }, [value, knownLabel]);

  const loadChildren = useCallback(
    async (option: { value?: unknown }) => {
      const parentId = Number(option.value);
      try {
        addNodes(await listOrgChildren(parentId, includeInactive));
      } catch (error) {
        reportError(error);
      }
      setLoadedParents((prev) => [...prev, parentId]);
    },
    [addNodes, includeInactive, reportError],
  );

  const searching = searchText.trim() !== '';
  const options = useMemo<Option[]>(() => {
    const disabled = new Set(disabledIds);
    const closed = new Set(closedIds);
    if (searching) {
      return hits.map((hit) => ({
        id: hit.id,
        pId: TOP,
        value: hit.id,
        title: hit.pathNames.join(' / ') + (hit.active ? '' : '（已停用）'),
        isLeaf: true,
        disabled: disabled.has(hit.id) || closed.has(hit.id),
      }));
    }
    return [...nodes.values()].map((node) => ({
      id: node.id,
      pId: nodes.has(node.parentId ?? TOP) ? (node.parentId ?? TOP) : TOP,
      value: node.id,
      title: node.active ? node.name : `${node.name}（已停用）`,
      isLeaf: node.childCount === 0 || closed.has(node.id),
      disabled: disabled.has(node.id) || closed.has(node.id),
    }));
  }, [nodes, hits, searching, disabledIds, closedIds]);

  const labeled: LabeledValue | undefined = value === undefined ? undefined : { value, label: knownLabel ?? '加载中…' };

  return (
    <TreeSelect<LabeledValue | undefined, Option>
      id={props.id}
      style={props.style ?? { width: '100%' }}
      placeholder={props.placeholder ?? '选择单位'}
      allowClear={props.allowClear}
      labelInValue
      value={labeled}
      onChange={(next) => {
        setSearchText('');
        onChange?.(next?.value);
      }}
      treeData={options}
      treeDataSimpleMode={{ id: 'id', pId: 'pId', rootPId: TOP }}
      treeLoadedKeys={searching ? [] : [...loadedParents]}
      {...(!searching && { loadData: loadChildren })}
      showSearch={{ searchValue: searchText, onSearch: setSearchText, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={searching ? '没有名称匹配的单位' : '暂无单位'}
      // Lists here are one level or 50 search hits at most; the virtual list only misbehaves when the data swaps.
      virtual={false}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280, maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
