import { DownloadOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import type { ReportTemplate } from '../../../contracts/report-template.contract.js';
import { ARCHIVE_BUTTON, FILL_BUTTON, ORIGINAL_LINK } from './template-labels.js';

export interface TemplateActionHandlers {
  onFill: (t: ReportTemplate) => void;
  onDownload: (t: ReportTemplate) => void;
  onArchive: (t: ReportTemplate) => void;
}

interface TemplateActionsProps extends TemplateActionHandlers {
  template: ReportTemplate;
  canArchive: boolean;
  /** The template whose original is downloading, to spin its button. */
  downloading: boolean;
}

/** 生成文档 · 下载原文件 · 归档 (admins; confirmed; nothing is deleted). An archived template only downloads. */
export function TemplateActions({ template, canArchive, downloading, onFill, onDownload, onArchive }: TemplateActionsProps) {
  const live = template.archivedAt === null;
  return (
    <Space size={4} wrap>
      {live && (
        <Button size="small" type="primary" ghost icon={<FileDoneOutlined />} onClick={() => onFill(template)}>
          {FILL_BUTTON}
        </Button>
      )}
      <Button size="small" type="link" icon={<DownloadOutlined />} loading={downloading} onClick={() => onDownload(template)}>
        {ORIGINAL_LINK}
      </Button>
      {live && canArchive && (
        <Popconfirm
          title="归档这个模板？"
          description="归档后不再出现在列表中，也不能再用它生成文档；仍可在「已归档」中查看和下载原文件。"
          okText="归档"
          cancelText="取消"
          onConfirm={() => onArchive(template)}
        >
          <Button size="small" type="link" danger>
            {ARCHIVE_BUTTON}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
