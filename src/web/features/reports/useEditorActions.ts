import { App } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { FigureChange } from '../../../contracts/report-api.contract.js';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { ApiError } from '../../api/api-error.js';
import { checkReportText, checkStoredReport } from '../../api/report-check.api.js';
import { downloadReportDocx, refreshReport } from '../../api/reports.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { useReportError } from '../../api/useReportError.js';
import { saveBlob } from '../../components/save-blob.js';
import type { CheckScope } from './CheckDrawer.js';
import { askDownloadChoice } from './DownloadChoice.js';
import type { ToolbarBusy } from './EditorToolbar.js';
import { STALE_DETAIL, STALE_TITLE } from './report-labels.js';
import { reportPlainText, type BlockSpan } from './report-view.js';
import { titleOf, type useReportDocument } from './useReportDocument.js';

/** A check's answer, kept with the spans of the text it checked: its findings index that text. */
export interface EditorCheck {
  result: CheckResult;
  spans: BlockSpan[];
  scope: CheckScope;
  open: boolean;
}

interface EditorActionsInput {
  editing: Pick<ReturnType<typeof useReportDocument>, 'doc' | 'dirty' | 'load' | 'adopt' | 'save'>;
  /** Closes the open block editor before the body on screen is replaced. */
  close: () => void;
  onRefreshed: (changed: FigureChange[]) => void;
  onChecked: (check: EditorCheck) => void;
}

const isStale = (error: unknown) => error instanceof ApiError && error.status === 409;

/**
 * The editor toolbar's actions (save, refresh, download, check), one at a time: the busy button
 * shows which runs, a stale version (409) asks to reload, and every other failure goes down the
 * client's error path unless the action answers it itself.
 */
export function useEditorActions({ editing, close, onRefreshed, onChecked }: EditorActionsInput) {
  const { doc, dirty, load, adopt, save } = editing;
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const { run } = useBusyAction();
  const [busy, setBusy] = useState<ToolbarBusy>(undefined);

  const showStale = useCallback(() => {
    modal.confirm({
      title: STALE_TITLE,
      content: STALE_DETAIL,
      okText: '重新加载',
      cancelText: '留在本页',
      onOk: async () => {
        close();
        await load().catch(reportError);
      },
    });
  }, [modal, load, reportError, close]);

  const act = useCallback(
    async (kind: NonNullable<ToolbarBusy>, action: () => Promise<void>, handled?: (error: unknown) => boolean) => {
      setBusy(kind);
      try {
        await run(action, (error) => {
          if (!isStale(error)) return handled?.(error) ?? false;
          showStale();
          return true;
        });
      } finally {
        setBusy(undefined);
      }
    },
    [run, showStale],
  );

  /** Saves; the saved version, or false when it failed (already answered). */
  const saveNow = useCallback(
    async (quiet = false): Promise<number | false> => {
      let version: number | false = false;
      await act('save', async () => {
        const saved = await save();
        if (!quiet) message.success('已保存');
        version = saved?.version ?? false;
      });
      return version;
    },
    [act, save, message],
  );

  /** The current version, saving first when there are unsaved edits (a refresh works from what is stored, and says it saved). */
  const savedVersion = useCallback(async (): Promise<number | false> => {
    if (!doc) return false;
    if (!dirty) return doc.report.version;
    return saveNow();
  }, [doc, dirty, saveNow]);

  const refresh = async () => {
    if (!doc) return;
    const version = await savedVersion();
    if (version === false) return;
    await act('refresh', async () => {
      const refreshed = await refreshReport(doc.report.id, version);
      close();
      adopt(refreshed);
      onRefreshed(refreshed.changed);
      if (refreshed.changed.length === 0) message.success('数据已刷新，数字没有变化');
      else message.warning(`数据已刷新，${refreshed.changed.length}处数字有变化，已用橙色标出`);
    });
  };

  /** The stored version as a .docx; `note` says which one it was when that is not what is on screen. */
  const downloadStored = async (note?: string) => {
    if (!doc) return;
    await act('download', async () => {
      const { blob, filename } = await downloadReportDocx(doc.report.id);
      saveBlob(blob, filename ?? `${titleOf(doc.body, doc.report.title)}.docx`);
      if (note !== undefined) message.info(note);
    });
  };

  /** A download never saves on its own: with unsaved edits the writer picks save-and-download or the saved version. */
  const download = () => {
    if (!doc) return;
    if (!dirty) {
      void downloadStored();
      return;
    }
    askDownloadChoice(modal, {
      saveAndDownload: () =>
        void saveNow(true).then((version) => {
          if (version !== false) return downloadStored(`已保存为第${version}版并下载`);
        }),
      downloadSaved: () => void downloadStored(`已下载已保存的第${doc.report.version}版，本页的修改尚未保存`),
    });
  };

  const body = doc?.body;
  const plain = useMemo(() => (body ? reportPlainText(body) : undefined), [body]);
  const check = async () => {
    if (!doc || !plain) return;
    if (plain.text.trim() === '') {
      message.info('报告还没有文字');
      return;
    }
    // A 404 of the text check means the checker is not deployed; of the saved check, the report is gone (said as such).
    const notDeployed = (error: unknown) => error instanceof ApiError && error.status === 404 && dirty;
    await act(
      'check',
      async () => {
        if (dirty) {
          // Unsaved figures cannot be re-asked by id: the text on screen is checked, figures as they read.
          const result = await checkReportText(plain.text, { from: doc.report.from, to: doc.report.to });
          onChecked({ result, spans: plain.spans, scope: { kind: 'screen' }, open: true });
        } else {
          // Saved: the server checks the stored text and asks the ledger every figure again.
          const result = await checkStoredReport(doc.report.id);
          onChecked({ result, spans: result.blocks, scope: { kind: 'saved', version: result.version }, open: true });
        }
      },
      (error) => {
        if (!notDeployed(error)) return false;
        message.info('材料体检暂未开放');
        return true;
      },
    );
  };

  return { busy, saveNow, refresh, download, check };
}
