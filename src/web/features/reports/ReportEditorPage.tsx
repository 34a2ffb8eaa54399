import { Alert, App, Button, Checkbox, Result, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FigureChange } from '../../../contracts/report-api.contract.js';
import { REPORT_KIND_LABELS, type CheckResult } from '../../../contracts/report.contract.js';
import { canWriteReports } from '../../../domain/access.js';
import { ApiError, describeError } from '../../api/api-error.js';
import { checkReportText, checkStoredReport } from '../../api/report-check.api.js';
import { downloadReportDocx, refreshReport } from '../../api/reports.api.js';
import { useReportError } from '../../api/useReportError.js';
import { useCan } from '../../app/auth-context.js';
import { saveBlob } from '../../components/save-blob.js';
import { describePeriod } from '../../components/format-stats.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { CheckDrawer, type CheckScope } from './CheckDrawer.js';
import { EditorToolbar, type ToolbarBusy } from './EditorToolbar.js';
import { LeaveGuard } from './LeaveGuard.js';
import { ReportBlock } from './ReportBlock.js';
import { canMove } from './report-edit.js';
import { STALE_DETAIL, STALE_TITLE } from './report-labels.js';
import { ReportOutline } from './ReportOutline.js';
import { blockAtOffset, figureIndex, headingNumbers, reportPlainText, type BlockSpan } from './report-view.js';
import styles from './ReportEditor.module.css';
import { useBlockEditing } from './useBlockEditing.js';
import { titleOf, useReportDocument } from './useReportDocument.js';
import { useSourceNames } from './useSourceNames.js';
import { VersionsDrawer } from './VersionsDrawer.js';

const FLASH_MS = 1600;

/**
 * 总结报告 editor: the report as a page, each block editable in place (figures stay bound to their
 * questions), with save (versioned, 409 when stale), refresh of every figure, versions, the
 * checker and the .docx download.
 */
export default function ReportEditorPage() {
  const reportId = Number(useParams().id);
  const valid = Number.isInteger(reportId) && reportId > 0;
  const { doc, error, dirty, load, editBlocks, setOptions, adopt, save, undo, canUndo } = useReportDocument(valid ? reportId : 0);
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const isMobile = useIsMobile();
  const canWrite = useCan(canWriteReports);

  const [flashId, setFlashId] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<ToolbarBusy>(undefined);
  const [changes, setChanges] = useState<FigureChange[] | undefined>(undefined);
  const [versionsOpen, setVersionsOpen] = useState(false);
  // Findings index the text as it was checked, so its spans are kept with them.
  const [check, setCheck] = useState<{ result: CheckResult; spans: BlockSpan[]; scope: CheckScope; open: boolean } | undefined>(undefined);

  const body = doc?.body;
  const blocks = useMemo(() => body?.blocks ?? [], [body?.blocks]);
  const figureList = useMemo(() => body?.figures ?? [], [body?.figures]);
  const figures = useMemo(() => figureIndex({ figures: figureList }), [figureList]);
  const numbers = useMemo(() => headingNumbers(blocks), [blocks]);
  const names = useSourceNames(doc?.report ?? { orgId: 0, orgName: '' }, figureList);

  const { selectedId, caretStartId, dispatch, close } = useBlockEditing(blocks, editBlocks);

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

  /** Saves; false when it failed (already reported). A stale version asks to reload. */
  const saveNow = useCallback(
    async (quiet = false): Promise<number | false> => {
      setBusy('save');
      try {
        const saved = await save();
        if (!quiet) message.success('已保存');
        return saved?.version ?? false;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) showStale();
        else reportError(e);
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [save, message, showStale, reportError],
  );

  /** The current version, saving first when there are unsaved edits (refresh and download work from what is stored). */
  const savedVersion = useCallback(async (): Promise<number | false> => {
    if (!doc) return false;
    if (!dirty) return doc.report.version;
    return saveNow(true);
  }, [doc, dirty, saveNow]);

  const onRefresh = async () => {
    if (!doc) return;
    const version = await savedVersion();
    if (version === false) return;
    setBusy('refresh');
    try {
      const refreshed = await refreshReport(doc.report.id, version);
      close();
      adopt(refreshed);
      setChanges(refreshed.changed);
      if (refreshed.changed.length === 0) message.success('数据已刷新，数字没有变化');
      else message.warning(`数据已刷新，${refreshed.changed.length}处数字有变化，已用橙色标出`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) showStale();
      else reportError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const onDownload = async () => {
    if (!doc) return;
    if ((await savedVersion()) === false) return;
    setBusy('download');
    try {
      const { blob, filename } = await downloadReportDocx(doc.report.id);
      saveBlob(blob, filename ?? `${titleOf(doc.body, doc.report.title)}.docx`);
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const plain = useMemo(() => (body ? reportPlainText(body) : undefined), [body]);
  const onCheck = async () => {
    if (!doc || !plain) return;
    if (plain.text.trim() === '') {
      message.info('报告还没有文字');
      return;
    }
    setBusy('check');
    try {
      if (dirty) {
        // Unsaved figures cannot be re-asked by id: the text on screen is checked, figures as they read.
        const result = await checkReportText(plain.text, { from: doc.report.from, to: doc.report.to });
        setCheck({ result, spans: plain.spans, scope: { kind: 'screen' }, open: true });
      } else {
        // Saved: the server checks the stored text and asks the ledger every figure again.
        const result = await checkStoredReport(doc.report.id);
        setCheck({ result, spans: result.blocks, scope: { kind: 'saved', version: result.version }, open: true });
      }
    } catch (e) {
      // A 404 of the text check means the checker is not deployed; of the saved check, the report is gone (said as such).
      if (e instanceof ApiError && e.status === 404 && dirty) message.info('材料体检暂未开放');
      else reportError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const locate = useCallback((blockId: string) => {
    const element = document.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    element?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setFlashId(blockId);
    setTimeout(() => setFlashId((f) => (f === blockId ? undefined : f)), FLASH_MS);
  }, []);

  const onUndo = useCallback(() => {
    close();
    undo();
  }, [undo, close]);

  // Ctrl+S / ⌘S saves instead of saving the web page; Ctrl+Z outside a text box takes back the last edit
  // (inside one, the browser's own undo works on the text being typed).
  const keysRef = useRef<{ save: () => void; undo: () => void }>({ save: () => undefined, undo: () => undefined });
  useEffect(() => {
    keysRef.current = {
      save: () => {
        if (dirty && canWrite && busy === undefined) void saveNow();
      },
      undo: () => {
        if (canUndo && busy === undefined) onUndo();
      },
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        keysRef.current.save();
      } else if (key === 'z' && !e.shiftKey && !(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        keysRef.current.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!valid) return <Result status="404" title="报告不存在" extra={<Link to="/reports">返回总结报告</Link>} />;
  if (!doc) {
    if (error !== undefined) {
      const notFound = error instanceof ApiError && error.status === 404;
      return (
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? '报告不存在，或不在您的管辖范围内' : describeError(error)}
          extra={
            <Link to="/reports">
              <Button>返回总结报告</Button>
            </Link>
          }
        />
      );
    }
    return <Skeleton active style={{ maxWidth: 794, margin: '24px auto' }} paragraph={{ rows: 12 }} />;
  }

  const { report } = doc;
  const title = titleOf(doc.body, report.title);
  const archived = report.archivedAt !== null;
  const editable = canWrite && !archived;
  const options = doc.body.options;

  return (
    <div>
      <LeaveGuard dirty={dirty} onSave={async () => (await saveNow()) !== false} />
      <EditorToolbar
        title={title}
        version={report.version}
        dirty={dirty}
        canWrite={editable}
        busy={busy}
        findings={check?.result.findings.length}
        compact={isMobile}
        canUndo={canUndo}
        onUndo={onUndo}
        onSave={() => void saveNow()}
        onRefresh={() => void onRefresh()}
        onVersions={() => setVersionsOpen(true)}
        onDownload={() => void onDownload()}
        onCheck={() => void onCheck()}
      />
      <div style={{ maxWidth: 794 + (isMobile ? 0 : 280), margin: '0 auto' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 16, rowGap: 4, marginBottom: 8, color: '#6b5f5c', fontSize: 13 }}>
          <span>
            {report.orgName} · {describePeriod(report.from, report.to)} · {REPORT_KIND_LABELS[report.kind]}模板
          </span>
          {editable && (
            <span>
              <Checkbox checked={options.charts} onChange={(e) => setOptions({ ...options, charts: e.target.checked })}>
                Word 中附图表
              </Checkbox>
              <Checkbox checked={options.appendix} onChange={(e) => setOptions({ ...options, appendix: e.target.checked })}>
                附数据来源表
              </Checkbox>
            </span>
          )}
        </div>
        {archived && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="该报告已归档，只能查看和下载。" />}
        {!canWrite && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="您可以查看和下载这份报告；修改需要填报员或管理员权限。" />}
        {changes && changes.length > 0 && (
          <Alert
            type="warning"
            showIcon
            closable={{ onClose: () => setChanges(undefined) }}
            style={{ marginBottom: 12 }}
            title={`刷新后有 ${changes.length} 处数字变化（橙色标出，悬停可见原值）`}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {changes.slice(0, 8).map((c) => (
                  <li key={c.figureId}>
                    {c.label}：{c.before} → <strong>{c.after}</strong>
                  </li>
                ))}
                {changes.length > 8 && <li>……共 {changes.length} 处</li>}
              </ul>
            }
          />
        )}
        {editable && !isMobile && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            点击任一段落即可修改；红色的是台账数据，点击查看背后的活动。
          </Typography.Paragraph>
        )}
      </div>
      <div className={styles.workspace}>
        <div className={styles.desk}>
          <article
            className={styles.paper}
            data-testid="report-paper"
            // A click on the page margin closes the open editor.
            onClick={(e) => {
              if (e.target === e.currentTarget) close();
            }}
          >
            {blocks.map((block, i) => (
              <ReportBlock
                key={`${doc.generation}:${block.id}`}
                block={block}
                number={numbers.get(block.id)}
                figures={figures}
                allFigures={figureList}
                names={names}
                selected={selectedId === block.id}
                editable={editable}
                canMoveUp={i > 0 && canMove(blocks, block.id, -1) && blocks[i - 1]?.type !== 'title'}
                canMoveDown={canMove(blocks, block.id, 1)}
                flash={flashId === block.id}
                caretAtStart={caretStartId === block.id}
                dispatch={dispatch}
              />
            ))}
          </article>
        </div>
        {!isMobile && <ReportOutline blocks={blocks} numbers={numbers} figures={figures} onLocate={locate} />}
      </div>
      {versionsOpen && (
        <VersionsDrawer
          report={report}
          dirty={dirty}
          canWrite={editable}
          compact={isMobile}
          onClose={() => setVersionsOpen(false)}
          onRestored={(restored) => {
            close();
            setChanges(undefined);
            adopt(restored);
            setVersionsOpen(false);
            message.success(`已恢复，当前为第${restored.version}版`);
          }}
        />
      )}
      {check?.open && (
        <CheckDrawer
          result={check.result}
          scope={check.scope}
          blockOf={(i) => blockAtOffset(check.spans, check.result.findings[i]?.start ?? -1)}
          compact={isMobile}
          checking={busy === 'check'}
          onRecheck={() => void onCheck()}
          onLocate={(id) => {
            if (isMobile) setCheck({ ...check, open: false });
            locate(id);
          }}
          onClose={() => setCheck({ ...check, open: false })}
        />
      )}
    </div>
  );
}
