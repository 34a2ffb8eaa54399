import { describe, expect, it } from 'vitest';
import { checkReport, locateFigureMarks, type FigureMark } from './index.js';
import { spanOf } from './spans.fixture.js';

const mark = (text: string, before: string, after: string, extra: Partial<FigureMark> = {}): FigureMark => ({
  label: '宣讲场次',
  text,
  before,
  after,
  ...extra,
});

describe('figure_mismatch over bindings (a stored report against the ledger now)', () => {
  const text = '全年开展宣讲300余场次，覆盖7500余户。';

  it('says the ledger moved, quoting both texts, at the figure’s span', () => {
    const figures = [{ ...spanOf(text, '300余场次'), expectedText: '320余场次', label: '宣讲场次' }];
    expect(checkReport(text, { figures })).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'error',
        ...spanOf(text, '300余场次'),
        message: '「宣讲场次」与台账不符：材料中为「300余场次」，台账现为「320余场次」，请刷新数字。',
      },
    ]);
  });

  it('names the figure 数字 when it has no label', () => {
    const [finding] = checkReport(text, { figures: [{ ...spanOf(text, '7500余户'), expectedText: '8000余户' }] });
    expect(finding?.message).toBe('数字与台账不符：材料中为「7500余户」，台账现为「8000余户」，请刷新数字。');
  });

  it('warns, without comparing, about a figure whose question can no longer be answered', () => {
    const figures = [{ ...spanOf(text, '7500余户'), expectedText: '7500余户', label: '覆盖户数', unanswerable: '指标不存在。' }];
    expect(checkReport(text, { figures })).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'warning',
        ...spanOf(text, '7500余户'),
        message: '「覆盖户数」已无法按台账重新计算（指标不存在）：材料中为「7500余户」，请核对数字的来源。',
      },
    ]);
  });
});

describe('figure_mismatch over marks (a Shiliu .docx, maybe edited)', () => {
  const written = '一、基本情况\n全年开展宣讲300余场次，覆盖7500余户，参与群众5万余人次。';
  const marks = [
    mark('300余场次', '全年开展宣讲', '，覆盖'),
    mark('7500余户', '，覆盖', '，参与群众', { label: '覆盖户数' }),
    mark('5万余人次', '，参与群众', '。', { atEnd: true }),
  ];

  it('finds nothing when every figure still reads as written', () => {
    expect(checkReport(written, { marks })).toEqual([]);
    expect(locateFigureMarks(written, marks)).toEqual(
      ['300余场次', '7500余户', '5万余人次'].map((figure) => ({
        start: written.indexOf(figure),
        end: written.indexOf(figure) + figure.length,
        actual: figure,
        same: true,
      })),
    );
  });

  it('flags a figure typed over, at exactly the text that replaced it', () => {
    const edited = written.replace('300余场次', '500场次');
    expect(checkReport(edited, { marks })).toEqual([
      {
        rule: 'figure_mismatch',
        severity: 'error',
        ...spanOf(edited, '500场次'),
        message: '「宣讲场次」被改写：原为「300余场次」，现为「500场次」，数字应以台账为准。',
      },
    ]);
  });

  it('flags two neighbouring figures edited together: contexts stop at the neighbouring figure', () => {
    const edited = written.replace('300余场次', '310场次').replace('7500余户', '8000户');
    expect(checkReport(edited, { marks }).map((f) => f.text)).toEqual(['310场次', '8000户']);
  });

  it('flags a deleted figure with an empty span where it stood', () => {
    const edited = written.replace('7500余户', '');
    const [finding] = checkReport(edited, { marks });
    const at = edited.indexOf('，参与群众');
    expect(finding).toEqual({
      rule: 'figure_mismatch',
      severity: 'error',
      start: at,
      end: at,
      text: '',
      message: '「覆盖户数」被删除：原为「7500余户」，数字应以台账为准。',
    });
  });

  it('raises no alarm when a figure’s context is gone (the paragraph was rewritten)', () => {
    const rewritten = '一、基本情况\n今年宣讲活动形式多样，群众参与热情高涨。';
    expect(checkReport(rewritten, { marks })).toEqual([]);
    expect(locateFigureMarks(rewritten, marks)).toEqual([undefined, undefined, undefined]);
  });

  it('accepts spaces typed inside a figure, and ignores a match spread over a whole sentence', () => {
    expect(checkReport(written.replace('300余场次', '300 余场次'), { marks })).toEqual([]);
    // “，覆盖” … “，参与群众” far apart across a full stop is not this figure's place.
    const far = '全年开展宣讲。另有多项活动，覆盖面广。此外一年来各族群众积极参与，参与群众5万余人次。';
    expect(locateFigureMarks(far, [marks[1]!])).toEqual([undefined]);
  });

  it('anchors a context that reaches its paragraph’s start or end to that edge', () => {
    const m = mark('12场次', '', '，成效明显。', { atStart: true, atEnd: true });
    expect(checkReport('12场次，成效明显。', { marks: [m] })).toEqual([]);
    expect(checkReport('15场次，成效明显。', { marks: [m] })[0]).toMatchObject({ start: 0, end: 4, text: '15场次' });
    expect(checkReport('全年15场次，成效明显。\n各项工作成效明显。', { marks: [m] })[0]).toMatchObject({ start: 0, end: 6, text: '全年15场次' });
  });

  it('does not place a mark whose context is too short to tell its paragraph from another', () => {
    const m = mark('12场次', '', '。', { atStart: true, atEnd: true });
    expect(locateFigureMarks('12场次。\n群众满意。', [m])).toEqual([undefined]);
    expect(checkReport('群众满意。', { marks: [m] })).toEqual([]);
  });

  it('pairs repeated identical contexts one to one and reports the edited repetition', () => {
    const text = '城关镇开展宣讲12场次，成效明显。\n河口镇开展宣讲12场次，成效明显。';
    const twice = [mark('12场次', '开展宣讲', '，成效明显'), mark('12场次', '开展宣讲', '，成效明显')];
    expect(checkReport(text, { marks: twice })).toEqual([]);
    const secondEdited = text.replace(/12场次(?=，成效明显。$)/, '20场次');
    expect(checkReport(secondEdited, { marks: twice })).toMatchObject([{ ...spanOf(secondEdited, '20场次'), severity: 'error' }]);
    const firstEdited = text.replace('12场次', '20场次');
    expect(checkReport(firstEdited, { marks: twice })).toMatchObject([{ ...spanOf(firstEdited, '20场次'), severity: 'error' }]);
    // Only one of the two sentences left: it is matched once, the other mark finds nothing.
    expect(checkReport('河口镇开展宣讲12场次，成效明显。', { marks: twice })).toEqual([]);
  });

  it('does not place a mark with an empty context that anchors nothing', () => {
    expect(locateFigureMarks('开展活动3项5人参加', [mark('5人', '', '参加')])).toEqual([undefined]);
  });
});
