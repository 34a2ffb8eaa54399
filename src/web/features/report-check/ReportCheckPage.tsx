import { Alert, App, Card, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../../contracts/report.contract.js';
import { checkReportFile, checkReportText, type CheckPeriod } from '../../api/report-check.api.js';
import { useBusyAction } from '../../api/useBusyAction.js';
import { PageHeader } from '../../components/PageHeader.js';
import { CheckInputCard, type CheckInput } from './CheckInputCard.js';
import { CheckedText } from './CheckedText.js';
import { FindingPanel } from './FindingPanel.js';
import styles from './ReportCheckPage.module.css';

interface Checked {
  result: CheckResult;
  /** What was checked, in words: the file's name or 粘贴的文字. */
  label: string;
  period: CheckPeriod | undefined;
  /** The pasted text as sent, to tell when the user has edited it since. */
  pasted: string | undefined;
}

const EMPTY_INPUT: CheckInput = { source: 'paste', text: '', file: undefined, from: undefined, to: undefined };

/**
 * 材料体检: paste a summary report or upload its .docx/.txt and see what the checker finds
 * (placeholders, numbering, figures, website debris, dates outside the period), each finding
 * linked to its place in the text. Nothing is stored.
 */
export default function ReportCheckPage() {
  const { message } = App.useApp();
  const { working, run } = useBusyAction();
  const [input, setInput] = useState<CheckInput>(EMPTY_INPUT);
  const [checked, setChecked] = useState<Checked>();
  const [active, setActive] = useState<number>();
  const resultsRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (checked) resultsRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [checked]);

  const runCheck = () => {
    if (Boolean(input.from) !== Boolean(input.to)) {
      message.warning('报告期请同时选择开始日期和结束日期，或都不选');
      return;
    }
    const period = input.from && input.to ? { from: input.from, to: input.to } : undefined;
    const { source, text, file } = input;
    void run(async () => {
      const result = source === 'file' && file ? await checkReportFile(file, period) : await checkReportText(text, period);
      setActive(undefined);
      setChecked({ result, label: source === 'file' && file ? `「${file.name}」` : '粘贴的文字', period, pasted: source === 'paste' ? text : undefined });
    });
  };

  // A finding picked in the list scrolls the text to its mark, and a mark picked in the text scrolls the list.
  const pickInList = useCallback((index: number) => {
    setActive(index);
    textRef.current?.querySelector(`[data-findings~="${index}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  const pickInText = useCallback((index: number) => {
    setActive(index);
    listRef.current?.querySelector(`[data-members~="${index}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  const edited = checked?.pasted !== undefined && input.source === 'paste' && input.text !== checked.pasted;
  const characters = checked ? [...checked.result.text.replace(/\s/g, '')].length : 0;

  return (
    <div className={styles.page}>
      <PageHeader title="材料体检" />
      <Typography.Paragraph type="secondary">
        检查总结材料中未填写的占位符（如“20xx年”“XX县”）、被屏蔽的文字、标题序号、分项合计与总数、前后不一致的数字、从网站复制带入的残留内容，以及报告期以外的日期。只检查，不保存。
      </Typography.Paragraph>
      <CheckInputCard value={input} onChange={(patch) => setInput((prev) => ({ ...prev, ...patch }))} onRun={runCheck} working={working} />

      {checked && (
        <div ref={resultsRef} className={styles.results} style={{ scrollMarginTop: 72 }}>
          <Card size="small" title="体检结果" className={styles.findingsArea} styles={{ body: { padding: 12 } }}>
            <div ref={listRef} className={styles.scrollPanel}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                已检查{checked.label}，共 {characters} 字
                {checked.period ? `；报告期 ${checked.period.from} 至 ${checked.period.to}` : '；未填写报告期，未检查日期'}。
              </Typography.Paragraph>
              {edited && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="材料已修改，以下结果对应修改前的文字；请重新点击“开始体检”。" />}
              <FindingPanel result={checked.result} active={active} onPick={pickInList} />
            </div>
          </Card>
          <Card
            size="small"
            title="材料全文"
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                点击标记可查看对应问题
              </Typography.Text>
            }
            className={styles.textArea}
          >
            <div className={styles.scrollPanel}>
              <CheckedText ref={textRef} text={checked.result.text} findings={checked.result.findings} active={active} onPick={pickInText} />
            </div>
          </Card>
        </div>
      )}
    </div>
  );
}
