import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf, spansOf } from './spans.fixture.js';

const breakdowns = (text: string) => spansOf(checkReport(text), 'breakdown');

describe('breakdown rule', () => {
  it('accepts a bracketed breakdown that adds up', () => {
    expect(breakdowns('年底前完成31个(其中村3个,单位16个,学校2个,企业10个)州级示范单位的验收。')).toEqual([]);
  });

  it('flags a bracketed breakdown that does not add up, spanning total and list', () => {
    const text = '年底前完成31个(其中村3个,单位16个,学校3个,企业10个)州级示范单位的验收。';
    const findings = checkReport(text);
    expect(spansOf(findings, 'breakdown')).toEqual([spanOf(text, '31个(其中村3个,单位16个,学校3个,企业10个)')]);
    expect(findings[0]?.message).toBe('「31个」的分项合计为32个（村3个、单位16个、学校3个、企业10个），与总数不符。');
  });

  it('flags a sentence breakdown whose parts fall short of the total', () => {
    const text = '全年举办专题培训共15场次，其中县级7场次、乡级6场次。';
    const findings = checkReport(text);
    expect(spansOf(findings, 'breakdown')).toEqual([spanOf(text, '15场次，其中县级7场次、乡级6场次')]);
    expect(findings[0]).toMatchObject({ severity: 'error', message: '「15场次」的分项合计为13场次（县级7场次、乡级6场次），与总数不符。' });
  });

  it('reads Chinese numerals, 万 and 亿, and counts 人 and 名 alike', () => {
    expect(breakdowns('新命名示范单位七个，其中乡镇两个、村五个。')).toEqual([]);
    expect(breakdowns('投入资金2.15亿元，其中省级补助8000万元、县级配套1.35亿元。')).toEqual([]);
    expect(breakdowns('培训干部520人，其中科级干部120名、一般干部400人。')).toEqual([]);
    const text = '参与群众2.8万人次，其中干部0.6万人次、群众2.1万人次。';
    expect(checkReport(text)[0]?.message).toBe('「2.8万人次」的分项合计为2.7万人次（干部0.6万人次、群众2.1万人次），与总数不符。');
  });

  it.each([
    ['a single part is a subset, not a partition', '在校学生1650人，其中少数民族学生709人，约占学生总数的42.97%。'],
    ['parts in another unit', '开展活动40场次，其中县级12场次、参与群众3000人次。'],
    ['an approximate total', '开展宣讲300余场次，其中县级120场次、乡级150场次。'],
    ['an approximate part', '走访群众2000户，其中困难户300余户、空巢老人家庭800户。'],
    ['a list left open with 等', '建成示范点20个，其中村级8个、社区级6个等。'],
    ['a further figure in the same unit later in the sentence', '发放宣传品5000份，其中汉文2000份、维文1800份，另有哈文1200份。'],
    ['a bracketed list with a piece that is not a count', '结成对子91个(其中单位与户结对50个,含新结对对子)。'],
  ])('does not flag %s', (_label, text) => {
    expect(breakdowns(text)).toEqual([]);
  });
});
