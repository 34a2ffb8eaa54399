import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Row } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { getOrg } from '../../api/orgs.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useIsAdmin, useMe } from '../../app/auth-context.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { ImportOrgsModal } from './ImportOrgsModal.js';
import type { OrgChange } from './org-change.js';
import { OrgDetailPanel } from './OrgDetailPanel.js';
import { OrgTreePanel } from './OrgTreePanel.js';
import { useOrgKinds } from '../../api/useOrgKinds.js';
import { useOrgTree } from './useOrgTree.js';

/** 组织机构: the tree on the left, the selected unit on the right (stacked on phones). */
export default function OrgsPage() {
  const me = useMe();
  const isAdmin = useIsAdmin();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  // The selection lives in the URL, so a unit's page can be bookmarked and the back button works.
  const selectedId = Number(params.get('unit')) || me.org.id;
  const [includeInactive, setIncludeInactive] = useState(false);
  const [importing, setImporting] = useState(false);
  const { kinds, labelOf } = useOrgKinds();
  const tree = useOrgTree(includeInactive);
  const detailRef = useRef<HTMLDivElement>(null);

  const loadDetail = useCallback((signal: AbortSignal) => getOrg(selectedId, signal), [selectedId]);
  const detail = useApiQuery(loadDetail);

  const { expandedIds, setExpandedIds, reveal } = tree;
  // A bookmarked unit deep in the tree: open the branches down to it once, when the page opens.
  const pendingReveal = useRef(selectedId === me.org.id ? undefined : selectedId);
  useEffect(() => {
    const id = pendingReveal.current;
    if (id === undefined) return;
    pendingReveal.current = undefined;
    void reveal(id);
  }, [reveal]);

  useEffect(() => {
    // Open the user's own unit at first, so the page does not start as a single closed line.
    if (expandedIds.length === 0 && tree.lists.has('top')) setExpandedIds([me.org.id]);
  }, [expandedIds.length, setExpandedIds, tree.lists, me.org.id]);

  const select = useCallback(
    (id: number) => {
      setParams(id === me.org.id ? {} : { unit: String(id) });
      if (isMobile) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [setParams, me.org.id, isMobile],
  );

  const onChanged = (change: OrgChange) => {
    const { org } = change;
    switch (change.kind) {
      case 'created': {
        const parentId = change.org.parentId ?? undefined;
        void tree.reload([parentId, parentId === undefined ? undefined : tree.listKeyOf(parentId)]);
        if (parentId !== undefined) setExpandedIds([...new Set([...expandedIds, parentId])]);
        select(org.id);
        break;
      }
      case 'updated':
        void tree.reload([tree.listKeyOf(org.id)]);
        detail.reload();
        break;
      case 'moved': {
        const from = change.fromParentId ?? undefined;
        const to = org.parentId ?? undefined;
        const keys = [from, to].flatMap((id) => (id === undefined ? [] : [id, tree.listKeyOf(id)]));
        void tree.reload(keys).then(() => tree.reveal(org.id));
        detail.reload();
        break;
      }
      case 'deactivated':
      case 'activated':
        void tree.reload([tree.listKeyOf(org.id), ...tree.loadedKeysUnder(org.id)]);
        detail.reload();
        break;
      case 'deleted': {
        const parentId = org.parentId ?? undefined;
        void tree.reload([parentId, parentId === undefined ? undefined : tree.listKeyOf(parentId)]);
        if (parentId !== undefined) select(parentId);
        break;
      }
    }
  };

  return (
    <div>
      <PageHeader
        title="组织机构"
        extra={
          isAdmin && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              批量导入
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} lg={10} xl={9}>
          <OrgTreePanel
            tree={tree}
            selectedId={selectedId}
            onSelect={select}
            includeInactive={includeInactive}
            onIncludeInactiveChange={setIncludeInactive}
            labelOfKind={labelOf}
          />
        </Col>
        <Col xs={24} lg={14} xl={15} ref={detailRef} style={{ scrollMarginTop: 72 }}>
          <OrgDetailPanel
            org={detail.data}
            loading={detail.loading}
            error={detail.error}
            isAdmin={isAdmin}
            includeInactive={includeInactive}
            ownOrgId={me.org.id}
            kinds={kinds}
            labelOfKind={labelOf}
            onSelect={select}
            onChanged={onChanged}
          />
        </Col>
      </Row>
      {importing && (
        <ImportOrgsModal
          onClose={() => setImporting(false)}
          onImported={(result) => {
            setImporting(false);
            message.success(`导入完成，新增 ${result.created} 个单位`);
            void tree.reload([...tree.lists.keys()]);
            detail.reload();
          }}
        />
      )}
    </div>
  );
}
