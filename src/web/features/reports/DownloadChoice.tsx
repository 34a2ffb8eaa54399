import { Button, type App } from 'antd';
import { DOWNLOAD_DIRTY_DETAIL, DOWNLOAD_DIRTY_TITLE, DOWNLOAD_SAVE_AND_DOWNLOAD, DOWNLOAD_SAVED_ONLY } from './report-labels.js';

type Modal = ReturnType<typeof App.useApp>['modal'];

export interface DownloadChoices {
  /** Saves the edits (a new version), then downloads it. */
  saveAndDownload: () => void;
  /** Downloads the version last saved, leaving the edits unsaved. */
  downloadSaved: () => void;
}

/**
 * 下载 Word with unsaved edits asks what to download: a save makes a version, so it is never done
 * behind the writer's back. Cancel leaves everything as it was.
 */
export function askDownloadChoice(modal: Modal, choices: DownloadChoices): void {
  const dialog = modal.confirm({
    title: DOWNLOAD_DIRTY_TITLE,
    content: DOWNLOAD_DIRTY_DETAIL,
    footer: (
      <div style={{ display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 8, marginTop: 16 }}>
        <Button onClick={() => dialog.destroy()}>取消</Button>
        <Button
          onClick={() => {
            dialog.destroy();
            choices.downloadSaved();
          }}
        >
          {DOWNLOAD_SAVED_ONLY}
        </Button>
        <Button
          type="primary"
          onClick={() => {
            dialog.destroy();
            choices.saveAndDownload();
          }}
        >
          {DOWNLOAD_SAVE_AND_DOWNLOAD}
        </Button>
      </div>
    ),
  });
}
