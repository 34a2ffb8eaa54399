import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined, LockOutlined } from '@ant-design/icons';
import { Empty, Image, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { EVIDENCE_KIND_LABELS, type Evidence } from '../../../contracts/ledger.contract.js';
import { formatFileSize } from './evidence-draft.js';

const TILE = 148;

function isImage(e: Evidence): boolean {
  return e.mime.startsWith('image/');
}

function fileIcon(e: Evidence): ReactNode {
  if (e.mime === 'application/pdf') return <FilePdfOutlined style={{ color: '#c0392b' }} />;
  if (e.filename.toLowerCase().endsWith('.docx')) return <FileWordOutlined style={{ color: '#2f6fb0' }} />;
  if (e.filename.toLowerCase().endsWith('.xlsx')) return <FileExcelOutlined style={{ color: '#2e7d4f' }} />;
  return <FileTextOutlined />;
}

/**
 * 佐证材料: photos (and scanned sign-in sheets) as a gallery that opens full size, other files as a
 * download list. A sign-in sheet the user may not open shows as locked, so it is clear it exists.
 */
export function EvidenceGallery({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有上传佐证材料" />;
  const pictures = evidence.filter((e) => isImage(e) && e.canOpen);
  const locked = evidence.filter((e) => !e.canOpen);
  const files = evidence.filter((e) => !isImage(e) && e.canOpen);

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {(pictures.length > 0 || locked.length > 0) && (
        <div style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${TILE}px, 1fr))`, gap: 12 }}>
          <Image.PreviewGroup
            preview={{
              // The caption (时间、地点、人物、主题) is what makes a photo evidence, so it stays visible full size.
              actionsRender: (toolbar, { image }) => (
                <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12 }}>
                  {image.alt && (
                    <div
                      style={{ maxWidth: '80vw', padding: '6px 14px', borderRadius: 6, background: 'rgba(0, 0, 0, 0.55)', color: '#fff', textAlign: 'center' }}
                    >
                      {image.alt}
                    </div>
                  )}
                  {toolbar}
                </div>
              ),
            }}
          >
            {pictures.map((e) => (
              <figure key={e.id} style={{ margin: 0 }}>
                <Image
                  src={e.thumbnailUrl ?? e.url}
                  preview={{ src: e.url }}
                  alt={e.caption || e.filename}
                  width="100%"
                  height={TILE * 0.75}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                />
                <figcaption style={{ marginTop: 4, fontSize: 12, lineHeight: 1.5 }}>
                  {e.kind === 'signin_sheet' && (
                    <Typography.Text type="warning" style={{ fontSize: 12, marginInlineEnd: 4 }}>
                      [签到表]
                    </Typography.Text>
                  )}
                  {e.caption ? (
                    <Typography.Text>{e.caption}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{e.kind === 'photo' ? '未填写照片说明' : e.filename}</Typography.Text>
                  )}
                </figcaption>
              </figure>
            ))}
          </Image.PreviewGroup>
          {locked.map((e) => (
            <Tooltip key={e.id} title="签到表含有姓名，仅本单位和上级审核人员可以查看">
              <figure style={{ margin: 0 }}>
                <div
                  style={{
                    height: TILE * 0.75,
                    borderRadius: 6,
                    background: '#f3efed',
                    border: '1px dashed #d9cfcb',
                    display: 'flex',
                    flexDirection: 'column',
                    alignItems: 'center',
                    justifyContent: 'center',
                    gap: 6,
                    color: 'rgba(0,0,0,0.45)',
                  }}
                >
                  <LockOutlined style={{ fontSize: 24 }} />
                  <span style={{ fontSize: 12 }}>{EVIDENCE_KIND_LABELS[e.kind]}</span>
                </div>
                <figcaption style={{ marginTop: 4, fontSize: 12 }}>
                  <Typography.Text type="secondary">{e.caption || '无权查看'}</Typography.Text>
                </figcaption>
              </figure>
            </Tooltip>
          ))}
        </div>
      )}
      {files.length > 0 && (
        <div style={{ display: 'grid', gap: 8 }}>
          {files.map((e) => (
            <div key={e.id} style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '8px 12px', border: '1px solid #ece7e4', borderRadius: 6 }}>
              <span style={{ fontSize: 22 }}>{fileIcon(e)}</span>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text ellipsis={{ tooltip: e.filename }} style={{ display: 'block' }}>
                  {e.filename}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {EVIDENCE_KIND_LABELS[e.kind]} · {formatFileSize(e.size)}
                  {e.caption && ` · ${e.caption}`}
                </Typography.Text>
              </div>
              <a href={e.url} download={e.filename} aria-label={`下载${e.filename}`}>
                <DownloadOutlined /> 下载
              </a>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
