import { Card, Empty, Input, Space, Spin, Switch, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgSearchHit } from '../../../contracts/org.contract.js';
import { OrgSearchResults } from './OrgSearchResults.js';
import type { ListKey, OrgTree } from './useOrgTree.js';
import styles from './OrgsPage.module.css';

interface OrgTreePanelProps {
  tree: OrgTree;
  selectedId: number | undefined;
  onSelect: (id: number) => void;
  includeInactive: boolean;
  onIncludeInactiveChange: (value: boolean) => void;
  labelOfKind: (code: string) => string;
}

/** The tree of the user's subtree with a name search above it; a search shows matches instead of the tree. */
export function OrgTreePanel(props: OrgTreePanelProps) {
  const { tree, selectedId, onSelect, includeInactive, labelOfKind } = props;
  const [query, setQuery] = useState('');

  const treeData = useMemo(() => {
    const build = (key: ListKey): TreeDataNode[] | undefined =>
      tree.lists.get(key)?.map((org) => ({
        key: org.id,
        title: <OrgNodeTitle org={org} kindLabel={labelOfKind(org.kind)} />,
        isLeaf: org.childCount === 0,
        children: build(org.id),
      }));
    return build('top') ?? [];
  }, [tree.lists, labelOfKind]);

  const loadedKeys = useMemo(() => [...tree.lists.keys()].filter((k): k is number => k !== 'top'), [tree.lists]);

  return (
    <Card
      title="组织树"
      className={styles.treeCard}
      extra={
        <Space size={6}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            显示已停用
          </Typography.Text>
          <Switch size="small" checked={includeInactive} onChange={props.onIncludeInactiveChange} aria-label="显示已停用" />
        </Space>
      }
    >
      <Input.Search
        placeholder="按名称搜索单位"
        allowClear
        enterButton
        onSearch={(value) => setQuery(value.trim())}
        onChange={(e) => {
          if (e.target.value === '') setQuery('');
        }}
        style={{ marginBottom: 12 }}
      />
      {query ? (
        <OrgSearchResults
          query={query}
          includeInactive={includeInactive}
          selectedId={selectedId}
          labelOfKind={labelOfKind}
          onPick={(hit) => {
            setQuery('');
            onSelect(hit.id);
            void tree.reveal(hit.id);
          }}
        />
      ) : treeData.length === 0 ? (
        <div className={styles.treeLoading}>{tree.lists.size === 0 ? <Spin /> : <Empty description="暂无单位" />}</div>
      ) : (
        <div className={styles.treeScroll}>
          <Tree
            blockNode
            showLine={{ showLeafIcon: false }}
            treeData={treeData}
            loadData={(node) => tree.loadChildren(Number(node.key))}
            loadedKeys={loadedKeys}
            expandedKeys={[...tree.expandedIds]}
            onExpand={(keys) => tree.setExpandedIds(keys.map(Number))}
            selectedKeys={selectedId === undefined ? [] : [selectedId]}
            onSelect={(keys) => {
              const [key] = keys;
              if (key !== undefined) onSelect(Number(key));
            }}
          />
        </div>
      )}
    </Card>
  );
}

function OrgNodeTitle({ org, kindLabel }: { org: OrgSearchHit; kindLabel: string }) {
  return (
    <span className={org.active ? undefined : styles.inactiveNode}>
      <span>{org.name}</span>
      <span className={styles.nodeKind}>{kindLabel}</span>
      {!org.active && (
        <Tag variant="filled" style={{ marginInlineStart: 6 }}>
          停用
        </Tag>
      )}
    </span>
  );
}
