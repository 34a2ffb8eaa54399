import { CameraOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import { describeError } from '../../api/api-error.js';
import { uploadEvidence } from '../../api/files.api.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { defaultKindOf, EVIDENCE_ACCEPT, EVIDENCE_MAX_MB, isImageFile, rejectEvidenceFile, type EvidenceDraft } from './evidence-draft.js';
import { EvidenceDraftItem } from './EvidenceDraftItem.js';

interface EvidenceUploaderProps {
  items: EvidenceDraft[];
  setItems: Dispatch<SetStateAction<EvidenceDraft[]>>;
  /** The entry's unit, which the uploaded files belong to. */
  orgId: number | undefined;
}

// Browsers cannot show HEIC, so those wait for the server's thumbnail instead of a local preview.
const PREVIEWABLE = /^image\/(jpeg|png|webp|gif)$/;
let nextUid = 0;

/**
 * 佐证材料: photos, sign-in sheets and documents, uploaded as soon as they are chosen so saving the
 * entry is quick. On phones a 拍照 button opens the camera directly.
 */
export function EvidenceUploader({ items, setItems, orgId }: EvidenceUploaderProps) {
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const cameraRef = useRef<HTMLInputElement>(null);
  // Chosen files are kept for 重新上传, and local previews are released when the form goes away.
  const files = useRef(new Map<string, File>());
  const previews = useRef(new Set<string>());
  useEffect(() => {
    const urls = previews.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  const patch = (uid: string, change: Partial<EvidenceDraft>) => setItems((prev) => prev.map((d) => (d.uid === uid ? { ...d, ...change } : d)));

  const send = (uid: string, file: File, kind: EvidenceDraft['kind']) => {
    uploadEvidence(file, { kind, ...(orgId !== undefined && { orgId }) }).then(
      // The clerk may have typed a caption or changed the kind meanwhile; those stay and are saved with the entry.
      (evidence) => patch(uid, { status: 'done', evidence, error: undefined }),
      (error: unknown) => patch(uid, { status: 'error', error: describeError(error) }),
    );
  };

  const add = (file: File) => {
    const reason = rejectEvidenceFile(file);
    if (reason) {
      message.error(reason);
      return;
    }
    const uid = `upload-${nextUid++}`;
    const kind = defaultKindOf(file);
    let previewUrl: string | undefined;
    if (PREVIEWABLE.test(file.type)) {
      previewUrl = URL.createObjectURL(file);
      previews.current.add(previewUrl);
    }
    files.current.set(uid, file);
    setItems((prev) => [
      ...prev,
      { uid, status: 'uploading', filename: file.name, size: file.size, isImage: isImageFile(file), kind, caption: '', ...(previewUrl && { previewUrl }) },
    ]);
    send(uid, file, kind);
  };

  const retry = (draft: EvidenceDraft) => {
    const file = files.current.get(draft.uid);
    if (!file) return;
    patch(draft.uid, { status: 'uploading', error: undefined });
    send(draft.uid, file, draft.kind);
  };

  const remove = (uid: string) => {
    files.current.delete(uid);
    setItems((prev) => prev.filter((d) => d.uid !== uid));
  };

  const uploadProps = {
    accept: EVIDENCE_ACCEPT,
    multiple: true,
    showUploadList: false,
    beforeUpload: (file: File) => {
      add(file);
      // The file goes up through our API client, not through Upload's own request.
      return Upload.LIST_IGNORE;
    },
  };

  return (
    <div style={{ display: 'grid', gap: 10 }}>
      {isMobile ? (
        <div style={{ display: 'flex', gap: 8 }}>
          <Button icon={<CameraOutlined />} onClick={() => cameraRef.current?.click()} style={{ flex: 1 }}>
            拍照
          </Button>
          <Upload {...uploadProps} style={{ flex: 1 }}>
            <Button icon={<PaperClipOutlined />} block>
              选择照片或文件
            </Button>
          </Upload>
          <input
            ref={cameraRef}
            type="file"
            accept="image/*"
            capture="environment"
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) add(file);
              // Cleared so the same shot can be taken again after removing it.
              e.target.value = '';
            }}
          />
        </div>
      ) : (
        <Upload.Dragger {...uploadProps}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入活动照片、签到表扫描件、方案或总结</p>
          <p className="ant-upload-hint">支持 jpg、png、webp、heic 照片和 pdf、docx、xlsx 文件，单个不超过{EVIDENCE_MAX_MB}MB</p>
        </Upload.Dragger>
      )}
      {items.map((draft) => (
        <EvidenceDraftItem
          key={draft.uid}
          draft={draft}
          onChange={(change) => patch(draft.uid, change)}
          onRemove={() => remove(draft.uid)}
          onRetry={() => retry(draft)}
        />
      ))}
    </div>
  );
}
