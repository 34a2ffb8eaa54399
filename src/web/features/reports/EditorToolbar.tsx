import {
  ArrowLeftOutlined,
  EllipsisOutlined,
  FileWordOutlined,
  HistoryOutlined,
  SafetyCertificateOutlined,
  SaveOutlined,
  SyncOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Badge, Button, Dropdown, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { SAVED, UNSAVED } from './report-labels.js';

export type ToolbarBusy = 'save' | 'refresh' | 'download' | 'check' | undefined;

interface EditorToolbarProps {
  title: string;
  version: number;
  dirty: boolean;
  canWrite: boolean;
  busy: ToolbarBusy;
  /** Findings of the last check, shown on its button. */
  findings: number | undefined;
  compact: boolean;
  canUndo: boolean;
  onUndo: () => void;
  onSave: () => void;
  onRefresh: () => void;
  onVersions: () => void;
  onDownload: () => void;
  onCheck: () => void;
}

/** The editor's actions, kept in view while the page scrolls; on phones the rarer ones fold into a menu. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { title, version, dirty, canWrite, busy, findings, compact } = props;
  const state = dirty ? <Tag color="orange">{UNSAVED}</Tag> : <Tag>{`${SAVED} · 第${version}版`}</Tag>;
  const save = canWrite && (
    <Tooltip title="Ctrl+S">
      <Button type="primary" icon={<SaveOutlined />} loading={busy === 'save'} disabled={!dirty || busy !== undefined} onClick={props.onSave}>
        保存
      </Button>
    </Tooltip>
  );
  const undo = canWrite && (
    <Tooltip title="撤销上一步修改（Ctrl+Z）">
      <Button icon={<UndoOutlined />} aria-label="撤销" disabled={!props.canUndo || busy !== undefined} onClick={props.onUndo} />
    </Tooltip>
  );
  const download = (
    <Button icon={<FileWordOutlined />} loading={busy === 'download'} disabled={busy !== undefined && busy !== 'download'} onClick={props.onDownload}>
      {compact ? 'Word' : '下载 Word'}
    </Button>
  );
  const check = (
    <Badge count={findings} size="small" offset={[-4, 2]}>
      <Button icon={<SafetyCertificateOutlined />} loading={busy === 'check'} disabled={busy !== undefined && busy !== 'check'} onClick={props.onCheck}>
        材料体检
      </Button>
    </Badge>
  );

  return (
    <div
      data-testid="report-toolbar"
      style={{
        position: 'sticky',
        top: 56,
        zIndex: 6,
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        flexWrap: compact ? 'wrap' : 'nowrap',
        margin: compact ? '-12px -12px 12px' : '-24px -24px 16px',
        padding: compact ? '8px 12px' : '10px 24px',
        background: 'rgba(245, 243, 241, 0.96)',
        borderBottom: '1px solid #ece7e4',
        backdropFilter: 'blur(4px)',
      }}
    >
      <Link to="/reports">
        <Button icon={<ArrowLeftOutlined />} aria-label="返回总结报告列表" type="text" />
      </Link>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Text strong ellipsis title={title} style={{ fontSize: compact ? 14 : 16 }} data-testid="report-heading">
          {title}
        </Typography.Text>
        {!compact && state}
      </div>
      {compact ? (
        <>
          <div style={{ width: '100%', display: 'flex', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}>
            {state}
            <Space size={6}>
              {undo}
              {save}
              {download}
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    ...(canWrite ? [{ key: 'refresh', icon: <SyncOutlined />, label: '刷新数据' }] : []),
                    { key: 'check', icon: <SafetyCertificateOutlined />, label: findings === undefined ? '材料体检' : `材料体检（${findings}）` },
                    { key: 'versions', icon: <HistoryOutlined />, label: '版本' },
                  ],
                  onClick: ({ key }) => (key === 'refresh' ? props.onRefresh() : key === 'check' ? props.onCheck() : props.onVersions()),
                }}
              >
                <Button icon={<EllipsisOutlined />} aria-label="更多" loading={busy === 'refresh' || busy === 'check'} />
              </Dropdown>
            </Space>
          </div>
        </>
      ) : (
        <Space size={8}>
          {undo}
          {save}
          {canWrite && (
            <Tooltip title="按台账最新数据重算全部数字，变化处会标出">
              <Button icon={<SyncOutlined />} loading={busy === 'refresh'} disabled={busy !== undefined && busy !== 'refresh'} onClick={props.onRefresh}>
                刷新数据
              </Button>
            </Tooltip>
          )}
          {check}
          <Button icon={<HistoryOutlined />} onClick={props.onVersions}>
            版本
          </Button>
          {download}
        </Space>
      )}
    </div>
  );
}
