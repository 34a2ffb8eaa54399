import { Typography } from 'antd';
import type { Campaign } from '../../../contracts/catalogue.contract.js';
import { updateCampaign } from '../../api/catalogue.api.js';
import { CampaignFormModal } from './CampaignFormModal.js';
import { SettingsTable, SettingsToolbar } from './SettingsTable.js';
import { useSettingsTab } from './useSettingsTab.js';

interface CampaignsTabProps {
  campaigns: readonly Campaign[];
  loading: boolean;
  onChanged: () => void;
}

type Editing = { campaign: Campaign | undefined };

/** 活动时段: named periods such as 民族团结教育月, which differ by region and year. */
export function CampaignsTab({ campaigns, loading, onChanged }: CampaignsTabProps) {
  const { working, toggle, editing, setEditing, saved } = useSettingsTab<Editing>(updateCampaign, onChanged);
  const sorted = [...campaigns].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id - b.id);

  return (
    <>
      <SettingsToolbar addLabel="新增时段" onAdd={() => setEditing({ campaign: undefined })}>
        <Typography.Text type="secondary">各地的民族团结教育月、进步年等时段不同。设置后，台账按日期筛选时可一键选用。</Typography.Text>
      </SettingsToolbar>
      <SettingsTable<Campaign>
        loading={loading}
        dataSource={sorted}
        scroll={{ x: 760 }}
        locale={{ emptyText: '还没有设置活动时段' }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: '适用单位', dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: '开始日期', dataIndex: 'startDate', width: 120 },
          { title: '结束日期', dataIndex: 'endDate', width: 120 },
        ]}
        widths={{ status: 80, actions: 130 }}
        working={working}
        onEdit={(campaign) => setEditing({ campaign })}
        onToggle={toggle}
      />
      {editing && <CampaignFormModal {...(editing.campaign && { campaign: editing.campaign })} onClose={() => setEditing(undefined)} onSaved={saved} />}
    </>
  );
}
