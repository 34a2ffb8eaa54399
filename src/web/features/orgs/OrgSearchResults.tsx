import { Alert, Empty, Spin, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import type { OrgSearchHit } from '../../../contracts/org.contract.js';
import { describeError } from '../../api/api-error.js';
import { searchOrgs } from '../../api/orgs.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import styles from './OrgsPage.module.css';

// The server answers at most this many hits by default; more means the query should be narrower.
const SEARCH_LIMIT = 50;

interface OrgSearchResultsProps {
  query: string;
  includeInactive: boolean;
  selectedId: number | undefined;
  onPick: (hit: OrgSearchHit) => void;
  labelOfKind: (code: string) => string;
}

/** Units whose name matches, each with its path from the user's unit so namesakes can be told apart. */
export function OrgSearchResults({ query, includeInactive, selectedId, onPick, labelOfKind }: OrgSearchResultsProps) {
  const load = useCallback((signal: AbortSignal) => searchOrgs(query, includeInactive, signal), [query, includeInactive]);
  const { data, error, loading } = useApiQuery(load);

  if (error !== undefined) return <Alert type="error" showIcon title={describeError(error)} />;
  if (!data) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`没有名称包含“${query}”的单位`} />;

  return (
    <Spin spinning={loading}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        找到 {data.length} 个单位{data.length >= SEARCH_LIMIT && '，仅显示前 50 个，请输入更完整的名称'}
      </Typography.Text>
      <ul className={`${styles.hits} ${styles.treeScroll}`}>
        {data.map((hit) => (
          <li key={hit.id}>
            <button type="button" className={hit.id === selectedId ? `${styles.hit} ${styles.hitSelected}` : styles.hit} onClick={() => onPick(hit)}>
              <span className={styles.hitName}>
                {hit.name}
                <span className={styles.nodeKind}>{labelOfKind(hit.kind)}</span>
                {!hit.active && (
                  <Tag variant="filled" style={{ marginInlineStart: 6 }}>
                    停用
                  </Tag>
                )}
              </span>
              <span className={styles.hitPath}>{hit.pathNames.length > 1 ? hit.pathNames.slice(0, -1).join(' / ') : '本单位'}</span>
            </button>
          </li>
        ))}
      </ul>
    </Spin>
  );
}
