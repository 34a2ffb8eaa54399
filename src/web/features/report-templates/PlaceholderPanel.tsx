import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Input, Skeleton, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import { listPlaceholders } from '../../api/report-templates.api.js';
import { useApiQuery } from '../../api/useApiQuery.js';
import { useMe } from '../../app/auth-context.js';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.js';
import { defaultPeriod, periodBounds, type PeriodValue } from '../../components/period-presets.js';
import { PeriodInput, usePeriodPresets } from '../../components/PeriodInput.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { PlaceholderRow } from './PlaceholderRow.js';
import styles from './ReportTemplates.module.css';
import { StyleGuide } from './StyleGuide.js';
import type { PlaceholderGroup } from '../../../contracts/report-template.contract.js';
import { GROUP_HINTS, LOOP_HINT, PLACEHOLDERS_TITLE } from './template-labels.js';
import { fieldsToShow, filterPlaceholders, groupPlaceholders, loopsSharingFields, styleSampleName, visibleRows } from './template-view.js';

/**
 * 可用占位符: every placeholder a template may use, grouped, each with the text to paste and its
 * value for a unit and period the user picks, so they see what a filled document will say.
 */
export function PlaceholderPanel() {
  const me = useMe();
  const isMobile = useIsMobile();
  const presets = usePeriodPresets();
  const [org, setOrg] = useState<number>(me.org.id);
  const [period, setPeriod] = useState<PeriodValue>(() => defaultPeriod(presets));
  const [search, setSearch] = useState('');
  // Long groups (every activity type's figures) show a few rows until the user asks for all.
  const [expanded, setExpanded] = useState<ReadonlySet<PlaceholderGroup>>(new Set());
  const toggle = (group: PlaceholderGroup) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(group)) next.add(group);
      return next;
    });
  const { from, to } = periodBounds(period);

  const load = useCallback((signal: AbortSignal) => listPlaceholders({ org, from, to, status: 'approved' }, signal), [org, from, to]);
  const catalogue = useApiQuery(load);
  const items = catalogue.data?.items;
  const groups = useMemo(() => groupPlaceholders(filterPlaceholders(items ?? [], search)), [items, search]);
  // Each loop's fields as the search leaves them, and which loops repeat an earlier loop's set.
  const loopFields = useMemo(() => {
    const loops = groups.find((g) => g.group === 'loop')?.items ?? [];
    const fields = new Map(loops.map((p) => [p.name, fieldsToShow(p, search)]));
    return { fields, sharing: loopsSharingFields(loops.map((p) => ({ name: p.name, fields: fields.get(p.name) ?? [] }))) };
  }, [groups, search]);
  const sampleName = useMemo(() => styleSampleName(items ?? []), [items]);

  return (
    <Card
      title={PLACEHOLDERS_TITLE}
      size={isMobile ? 'small' : undefined}
      extra={
        !isMobile && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            点击占位符旁的复制按钮，粘贴到 Word 中
          </Typography.Text>
        )
      }
      styles={{ body: { padding: isMobile ? 12 : '16px 24px' } }}
      data-testid="placeholder-panel"
    >
      <div className={styles.controls}>
        <OrgTreeSelect value={org} onChange={(id) => id !== undefined && setOrg(id)} placeholder="示例单位" />
        <PeriodInput value={period} onChange={setPeriod} />
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="搜索占位符，如：人次、资金、下级单位"
          aria-label="搜索占位符"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        右侧是所选单位（含下级）在所选时间内、按已审核台账算出的值，生成文档时按实际选择的单位和时间填写。
      </Typography.Paragraph>
      {catalogue.data && (
        <Collapse
          size="small"
          style={{ marginBottom: 8 }}
          items={[
            {
              key: 'styles',
              label: `数字写法：${catalogue.data.styles.map((st) => st.name).join('、')}`,
              children: <StyleGuide styles={catalogue.data.styles} sampleName={sampleName} />,
            },
            { key: 'loops', label: '循环：逐项列出下级单位等', children: <Typography.Text style={{ fontSize: 13 }}>{LOOP_HINT}</Typography.Text> },
          ]}
        />
      )}
      {catalogue.error !== undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={describeError(catalogue.error)} />}
      {!catalogue.data && catalogue.loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={search.trim() ? `没有与「${search.trim()}」相关的占位符` : '暂无占位符'} />
      ) : (
        <div style={{ opacity: catalogue.loading ? 0.6 : 1, transition: 'opacity 0.2s' }}>
          {groups.map((g) => {
            const open = expanded.has(g.group);
            const rows = visibleRows(g.group, g.items, search, open);
            // Folding back only makes sense where it would fold (not while a search shows all).
            const canFold = open && visibleRows(g.group, g.items, search, false).hidden > 0;
            return (
              <section key={g.group} data-testid={`placeholder-group-${g.group}`}>
                <div className={styles.groupTitle}>
                  {g.label}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8, fontSize: 12 }}>
                    {g.items.length} 个
                  </Typography.Text>
                  {canFold && (
                    <Button type="link" size="small" onClick={() => toggle(g.group)}>
                      收起
                    </Button>
                  )}
                </div>
                {GROUP_HINTS[g.group] && <div className={styles.groupHint}>{GROUP_HINTS[g.group]}</div>}
                {rows.items.map((p) => (
                  <PlaceholderRow key={p.name} placeholder={p} fields={loopFields.fields.get(p.name) ?? []} fieldsAsIn={loopFields.sharing.get(p.name)} />
                ))}
                {(rows.hidden > 0 || canFold) && (
                  <Button type="link" className={styles.more} onClick={() => toggle(g.group)} data-testid={`placeholder-more-${g.group}`}>
                    {canFold ? '收起' : `显示全部 ${g.items.length} 个（也可在上方搜索类型名称）`}
                  </Button>
                )}
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}
