import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../contracts/catalogue.contract.js';
import { updateCampaign } from '../../api/catalogue.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { ActiveTag } from '../../components/ActiveTag.js';
import { ActiveToggle } from './ActiveToggle.js';
import { CampaignFormModal } from './CampaignFormModal.js';

interface CampaignsTabProps {
  campaigns: readonly Campaign[];
  loading: boolean;
  onChanged: () => void;
}

type Editing = { campaign: Campaign | undefined } | undefined;

/** 活动时段: named periods such as 民族团结教育月, which differ by region and year. */
export function CampaignsTab({ campaigns, loading, onChanged }: CampaignsTabProps) {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [editing, setEditing] = useState<Editing>(undefined);
  const sorted = [...campaigns].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id - b.id);

  const toggle = (campaign: Campaign, active: boolean) =>
    run(async () => {
      await updateCampaign(campaign.id, { active });
      message.success(active ? `已启用「${campaign.name}」` : `已停用「${campaign.name}」`);
      onChanged();
    });

  return (
    <>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, marginBottom: 12 }}>
        <Typography.Text type="secondary">各地的民族团结教育月、进步年等时段不同。设置后，台账按日期筛选时可一键选用。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ campaign: undefined })}>
          新增时段
        </Button>
      </div>
      <Table<Campaign>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={sorted}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: '还没有设置活动时段' }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '适用单位', dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: '开始日期', dataIndex: 'startDate', width: 120 },
          { title: '结束日期', dataIndex: 'endDate', width: 120 },
          { title: '状态', dataIndex: 'active', width: 80, render: (active: boolean) => <ActiveTag active={active} /> },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_: unknown, campaign) => (
              <>
                <Button type="link" size="small" disabled={working} onClick={() => setEditing({ campaign })}>
                  编辑
                </Button>
                <ActiveToggle active={campaign.active} name={campaign.name} disabled={working} onToggle={(active) => void toggle(campaign, active)} />
              </>
            ),
          },
        ]}
      />
      {editing && (
        <CampaignFormModal
          {...(editing.campaign && { campaign: editing.campaign })}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            message.success('已保存');
            onChanged();
          }}
        />
      )}
    </>
  );
}
