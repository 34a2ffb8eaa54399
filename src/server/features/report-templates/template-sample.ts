import { AlignmentType, BorderStyle, Document, DocumentGridType, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { gbtStyles, LINE_PITCH, MARGIN, PAGE, STYLE, TEXT_WIDTH } from '../../word/gbt-format.js';
import { scalarNamed, type CatalogueIndicator, type TemplateCatalogue } from './template-placeholders.js';

/**
 * A type-scoped count to show the idiom offices write (宣讲场次, not a bare 场次): the first alias
 * of a type's indicator sum, else the first such placeholder by its full name; with the words
 * before it (宣讲) and the indicator's unit.
 */
function typedFigure(catalogue: TemplateCatalogue, indicators: CatalogueIndicator[]): { tag: string; word: string; unit: string } | undefined {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const names = [...catalogue.aliases.keys(), ...catalogue.scalars.keys()];
  for (const name of names) {
    const def = scalarNamed(catalogue, name);
    if (def?.group !== 'type' || def.kind !== 'count' || !('type' in def.source)) continue;
    const indicator = byCode.get(def.source.total);
    if (indicator && name.endsWith(indicator.name)) return { tag: name, word: name.slice(0, -indicator.name.length), unit: indicator.unit };
  }
  return undefined;
}

/**
 * A sample template, written for the catalogue as it is now so that it uploads and fills as it is:
 * scalar placeholders, the 约数 and 金额 styles, a type-scoped figure ({宣讲场次}), a paragraph loop
 * over 活动类别 and a table whose row repeats for each child unit and then 本级 (下级单位及本级), so
 * its rows add up to the text's 活动数. Laid out as a 公文 (GB/T 9704 page,
 * fonts and styles of the reports).
 */
export async function sampleTemplate(catalogue: TemplateCatalogue, indicators: CatalogueIndicator[]): Promise<Buffer> {
  // Indicators the sample can name both as totals and as loop fields.
  const usable = indicators.filter((i) => catalogue.scalars.get(i.name)?.group === 'indicator' && catalogue.fields.has(i.name));
  const count = usable.find((i) => i.valueKind === 'integer');
  const money = usable.find((i) => i.valueKind === 'money');
  const typed = typedFigure(catalogue, indicators);
  const body = (text: string) => new Paragraph({ text });
  const heading = (text: string) => new Paragraph({ style: STYLE.heading[0], text });

  const totals = [
    '{单位名称}共有直属下级单位{下级单位数}个，报告期内共开展活动{活动数}项',
    count ? `，${count.name}{${count.name}:约数}${count.unit}（精确数为{${count.name}}${count.unit}）` : '',
    money ? `，${money.name}{${money.name}:金额}` : '',
    '；有台账记录的单位{填报单位数}个，填报率{填报率:百分比}。',
  ].join('');

  const columns: Array<[header: string, cell: string]> = [
    ['序号', '{#下级单位及本级}{序号}'],
    ['单位', '{名称}'],
    ['活动数（项）', '{活动数}'],
    ...(count ? [[`${count.name}（${count.unit}）`, `{${count.name}}`] as [string, string]] : []),
    ...(money ? [[money.name, `{${money.name}:金额}`] as [string, string]] : []),
  ];
  // The loop closes in the row's last cell, so docxtemplater repeats the whole row per unit.
  const last = columns[columns.length - 1]!;
  last[1] = `${last[1]}{/下级单位及本级}`;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, style: string) => new TableCell({ children: [new Paragraph({ style, text })] });
  // Unit names (县民族宗教事务局) want room; the figures share what is left.
  const [indexWidth, nameWidth] = [700, 2900];
  const figureWidth = Math.floor((TEXT_WIDTH - indexWidth - nameWidth) / (columns.length - 2));
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [indexWidth, nameWidth, ...columns.slice(2).map(() => figureWidth)],
    alignment: AlignmentType.CENTER,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map(([header]) => cell(header, STYLE.tableHeader)) }),
      new TableRow({ cantSplit: true, children: columns.map(([, text], i) => cell(text, i === 0 ? STYLE.tableIndex : STYLE.tableText)) }),
    ],
  });

  const document = new Document({
    title: '自定义模板示例',
    creator: '石榴',
    styles: gbtStyles(true),
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN }, grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH } },
        children: [
          new Paragraph({ style: STYLE.title, text: '{单位名称}{报告年度}年民族团结进步创建工作情况' }),
          body('报告期：{报告期}。'),
          heading('一、基本情况'),
          body(totals),
          heading('二、分类开展情况'),
          // A paragraph loop: the paragraphs holding only {#…} and {/…} disappear, the one between repeats.
          body('{#活动类别}'),
          body('{序号:中文}是{名称}类活动{活动数}项。'),
          body('{/活动类别}'),
          ...(typed ? [body(`各类活动中，${typed.word}共开展{${typed.tag}}${typed.unit}。`)] : []),
          heading('三、各单位情况'),
          table,
          new Paragraph({ style: STYLE.signature, text: '{单位名称}' }),
          new Paragraph({ style: STYLE.date, text: '{成文日期}' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
