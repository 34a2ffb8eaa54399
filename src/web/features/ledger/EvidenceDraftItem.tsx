import { DeleteOutlined, FileTextOutlined, LoadingOutlined, LockOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Tooltip, Typography } from 'antd';
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from '../../../contracts/ledger.contract.js';
import { formatFileSize, type EvidenceDraft } from './evidence-draft.js';

interface EvidenceDraftItemProps {
  draft: EvidenceDraft;
  onChange: (change: Partial<Pick<EvidenceDraft, 'kind' | 'caption'>>) => void;
  onRemove: () => void;
  onRetry: () => void;
}

const THUMB = 72;

/** One evidence file in the form: what it is (照片/文档/签到表) and, for photos, what it shows. */
export function EvidenceDraftItem({ draft, onChange, onRemove, onRetry }: EvidenceDraftItemProps) {
  // A photographed plan or notice is a document too; only pictures can be 照片.
  const kinds: EvidenceKind[] = draft.isImage ? ['photo', 'signin_sheet', 'document'] : ['document', 'signin_sheet'];
  const thumb = draft.evidence?.thumbnailUrl ?? draft.previewUrl;
  return (
    <div
      style={{
        display: 'flex',
        gap: 12,
        padding: 10,
        border: `1px solid ${draft.status === 'error' ? '#f3b7ae' : '#ece7e4'}`,
        borderRadius: 8,
        background: '#fff',
      }}
    >
      <div style={{ position: 'relative', width: THUMB, height: THUMB, flex: 'none', borderRadius: 6, overflow: 'hidden', background: '#f3efed' }}>
        {thumb ? (
          <img src={thumb} alt="" style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
        ) : (
          <span
            style={{ display: 'flex', width: '100%', height: '100%', alignItems: 'center', justifyContent: 'center', fontSize: 28, color: 'rgba(0,0,0,0.3)' }}
          >
            <FileTextOutlined />
          </span>
        )}
        {draft.status === 'uploading' && (
          <span
            style={{
              position: 'absolute',
              inset: 0,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              background: 'rgba(255,255,255,0.7)',
              fontSize: 20,
            }}
          >
            <LoadingOutlined />
          </span>
        )}
      </div>
      <div style={{ flex: 1, minWidth: 0, display: 'grid', gap: 6 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: draft.filename }} style={{ flex: 1, minWidth: 0 }}>
            {draft.filename}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {draft.status === 'uploading' ? '上传中…' : formatFileSize(draft.size)}
          </Typography.Text>
          <Space size={0}>
            {draft.status === 'error' && (
              <Tooltip title="重新上传">
                <Button type="text" size="small" icon={<ReloadOutlined />} onClick={onRetry} aria-label="重新上传" />
              </Tooltip>
            )}
            <Tooltip title="移除">
              <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`移除${draft.filename}`} />
            </Tooltip>
          </Space>
        </div>
        {draft.status === 'error' ? (
          <Typography.Text type="danger" style={{ fontSize: 13 }}>
            上传失败：{draft.error}
          </Typography.Text>
        ) : (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            <Select<EvidenceKind>
              size="small"
              value={draft.kind}
              onChange={(kind) => onChange({ kind })}
              options={kinds.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))}
              style={{ width: 150 }}
              aria-label="材料类别"
            />
            <Input
              size="small"
              value={draft.caption}
              onChange={(e) => onChange({ caption: e.target.value })}
              maxLength={200}
              placeholder={draft.kind === 'photo' ? '照片说明：时间、地点、人物、主题' : '说明（可不填）'}
              style={{ flex: '1 1 200px', minWidth: 0 }}
              aria-label="说明"
            />
          </div>
        )}
        {draft.kind === 'signin_sheet' && draft.status !== 'error' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <LockOutlined /> 签到表含姓名，仅本单位和上级审核人员可以打开
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
