import { App, Button, Result, Skeleton } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FigureChange } from '../../../contracts/report-api.contract.js';
import { canWriteReports } from '../../../domain/access.js';
import { ApiError, describeError } from '../../api/api-error.js';
import { useCan } from '../../app/auth-context.js';
import { useIsMobile } from '../../components/useIsMobile.js';
import { CheckDrawer } from './CheckDrawer.js';
import { EditorHeader } from './EditorHeader.js';
import { EditorToolbar } from './EditorToolbar.js';
import { LeaveGuard } from './LeaveGuard.js';
import { ReportBlock } from './ReportBlock.js';
import { canMove } from './report-edit.js';
import { ReportOutline } from './ReportOutline.js';
import { blockAtOffset, figureIndex, headingNumbers } from './report-view.js';
import styles from './ReportEditor.module.css';
import { useBlockEditing } from './useBlockEditing.js';
import { useEditorActions, type EditorCheck } from './useEditorActions.js';
import { useEditorShortcuts } from './useEditorShortcuts.js';
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
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const canWrite = useCan(canWriteReports);

  const [flashId, setFlashId] = useState<string | undefined>(undefined);
  const [changes, setChanges] = useState<FigureChange[] | undefined>(undefined);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [check, setCheck] = useState<EditorCheck | undefined>(undefined);

  const body = doc?.body;
  const blocks = useMemo(() => body?.blocks ?? [], [body?.blocks]);
  const figureList = useMemo(() => body?.figures ?? [], [body?.figures]);
  const figures = useMemo(() => figureIndex({ figures: figureList }), [figureList]);
  const numbers = useMemo(() => headingNumbers(blocks), [blocks]);
  const names = useSourceNames(doc?.report ?? { orgId: 0, orgName: '' }, figureList);

  const { selectedId, caretStartId, dispatch, close } = useBlockEditing(blocks, editBlocks);
  const {
    busy,
    saveNow,
    refresh,
    download,
    check: runCheck,
  } = useEditorActions({ editing: { doc, dirty, load, adopt, save }, close, onRefreshed: setChanges, onChecked: setCheck });

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

  useEditorShortcuts({
    save: () => {
      if (dirty && canWrite && busy === undefined) void saveNow();
    },
    undo: () => {
      if (canUndo && busy === undefined) onUndo();
    },
  });

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
  const editable = canWrite && report.archivedAt === null;
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
        onRefresh={() => void refresh()}
        onVersions={() => setVersionsOpen(true)}
        onDownload={download}
        onCheck={() => void runCheck()}
      />
      <EditorHeader
        report={report}
        options={options}
        onOptions={setOptions}
        editable={editable}
        canWrite={canWrite}
        changes={changes}
        onDismissChanges={() => setChanges(undefined)}
        compact={isMobile}
      />
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
          onRecheck={() => void runCheck()}
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
