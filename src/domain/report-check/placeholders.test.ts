import { describe, expect, it } from 'vitest';
import { checkReport } from './index.js';
import { spanOf, spansOf } from './spans.fixture.js';

const placeholders = (text: string) => spansOf(checkReport(text), 'placeholder');

describe('placeholder rule', () => {
  it('flags XX and xx standing for names and numbers', () => {
    const text = 'XX 区现有社区卫生服务中心xx个，Xx县第一中学、xx中学占地xxxx平方米。';
    expect(placeholders(text)).toEqual([spanOf(text, 'XX'), spanOf(text, 'xx'), spanOf(text, 'Xx'), spanOf(text, 'xx', 1), spanOf(text, 'xxxx')]);
  });

  it('flags a lone X where a number or a place name must stand', () => {
    const text = '全区辖 X 个街道、X个镇，常住人口 X 人，帮扶资金占全市的X%，第X届运动会在X县举办。';
    expect(placeholders(text)).toEqual([
      spanOf(text, 'X'),
      spanOf(text, 'X', 1),
      spanOf(text, 'X', 2),
      spanOf(text, 'X', 3),
      spanOf(text, 'X', 4),
      spanOf(text, 'X', 5),
    ]);
  });

  it('spans a date placeholder up to its last unfilled part', () => {
    const text = '力争20xx年10月底前完成验收；5月x日开展入户走访；XX 年 X 月成立联合会；今年x月举办展演。';
    expect(placeholders(text)).toEqual([spanOf(text, '20xx年'), spanOf(text, '5月x日'), spanOf(text, 'XX 年 X 月'), spanOf(text, 'x月')]);
    expect(checkReport(text)[0]?.message).toBe('「20xx年」是未填写完整的日期占位符。');
  });

  it('names the placeholder and its context in the message', () => {
    const [finding] = checkReport('辖区常住少数民族人口 X 人。');
    expect(finding).toMatchObject({ rule: 'placeholder', severity: 'error', text: 'X', message: '「X 人」中的「X」是未填写的占位符。' });
  });

  it('flags ××, 某某, three asterisks, underscores, boxes and circles used as blanks', () => {
    const text = '××县与×镇结对，某某单位牵头，***负责，联系人___，电话＿＿，编号□□，〇〇村参加。';
    expect(placeholders(text)).toEqual([
      spanOf(text, '××'),
      spanOf(text, '×', 2),
      spanOf(text, '某某'),
      spanOf(text, '***'),
      spanOf(text, '___'),
      spanOf(text, '＿＿'),
      spanOf(text, '□□'),
      spanOf(text, '〇〇'),
    ]);
  });

  it('flags empty brackets and quotes', () => {
    const text = '荣获【】称号，编入[ ]名录，命名为（ ）示范单位，主题为“”。';
    expect(placeholders(text)).toEqual([spanOf(text, '【】'), spanOf(text, '[ ]'), spanOf(text, '（ ）'), spanOf(text, '“”')]);
  });

  it('flags a measure word whose number is missing', () => {
    const text = '街道辖属 个居委会，共 名干部参加，开展 场次宣讲，社区共有个志愿服务队。';
    expect(placeholders(text)).toEqual([spanOf(text, '个'), spanOf(text, '名'), spanOf(text, '场次'), spanOf(text, '个', 1)]);
    expect(checkReport(text)[0]?.message).toBe('「辖属 个居委会」中「个」前缺少数字。');
  });

  it('leaves four or more asterisks to the masked rule', () => {
    const text = '在区****领导下，开****园区积极参与。';
    const findings = checkReport(text);
    expect(spansOf(findings, 'placeholder')).toEqual([]);
    expect(spansOf(findings, 'masked')).toEqual([spanOf(text, '****'), spanOf(text, '****', 1)]);
    expect(findings[0]?.message).toBe('「在区****领导」中的「****」是被屏蔽的文字，需补回原文。');
  });

  it.each([
    ['Latin words and abbreviations', '用Excel汇总、以XML格式报送，参加Xinjiang Culture Week，配备X光机和x86服务器，XXL码文化衫。'],
    ['roman numerals and English sentences', 'Super Bowl XX was watched by many. Volume XIV, Chapter XL. The X factor matters.'],
    ['multiplication between digits', '制作2×3米展板20块，3 × 4的方阵，5x6的表格。'],
    ['ordinary 某', '在某种程度上，某些单位存在重形式的问题，某一环节需加强。'],
    ['years written in Chinese numerals', '二〇〇八年成立，二〇二五年十二月通过验收。'],
    ['measure words that begin ordinary words', '组织 人员培训，这 个问题，每 人一册，下辖 所属单位，共有个体工商户120户，美食达人，平易近人。'],
    ['code-like calls and filled brackets', '调用init()函数，荣获【全国民族团结进步模范集体】称号。'],
  ])('does not flag %s', (_label, text) => {
    expect(placeholders(text)).toEqual([]);
  });

  it('does not flag x inside a URL (that is debris)', () => {
    const findings = checkReport('详见www.xxx.com。');
    expect(spansOf(findings, 'placeholder')).toEqual([]);
    expect(spansOf(findings, 'debris')).toEqual([{ start: 2, end: 13, text: 'www.xxx.com' }]);
  });

  it('flags runs of full-width spaces inside a sentence, where a name or title was cut', () => {
    const text = '授予\u3000\u3000同志“民族团结先进个人”称号。在\u3000\u3000\u3000的关心下，项目顺利完工。';
    expect(placeholders(text)).toEqual([spanOf(text, '\u3000\u3000'), spanOf(text, '\u3000\u3000\u3000')]);
    expect(checkReport(text)[0]?.message).toBe('「授予\u3000\u3000同志“民」中间有一串空格，像是模板里留待填写的名称，请补全或删除空格。');
  });

  it('flags underscore runs and empty brackets where a name was cut', () => {
    const text = '由____同志任组长，授予（\u3000\u3000）称号，表彰(  )等单位。';
    expect(placeholders(text).map((f) => f.text)).toEqual(['____', '（\u3000\u3000）', '(  )']);
  });

  it.each([
    ['paragraph indentation', '\u3000\u3000全年开展活动30场。\n\u3000\u3000覆盖群众2万人次。'],
    ['a gap before a right-aligned date', '中共青河县委宣传部\u3000\u3000\u3000\u30002025年12月20日'],
    ['fields on one line', '联系人：张三\u3000\u3000联系电话：0991-1234567。'],
    ['a list of names', '成员：张三\u3000\u3000李四\u3000\u3000王五'],
    ['a single full-width space', '各族群众\u3000共同参与。'],
  ])('does not flag full-width spaces that are layout: %s', (_label, text) => {
    expect(placeholders(text)).toEqual([]);
  });
});
