/**
 * `debris`: what comes along when a report is copied from a template-essay website — editor's
 * notes (小编整理, 仅供参考) and its talk to readers in any wording (boilerplate.ts), page furniture (发布时间:, 字号:, 下载文档), URLs, the downloaded file
 * name, and the site's "篇N" headers when several essays were pasted together (a warning: the user
 * decides whether the file really holds several reports).
 */
import { BOILERPLATE } from './boilerplate.js';
import { debrisMessages } from './messages.js';
import { alternation, makeFinding, overlaps, type Line } from './text.js';
import type { Finding } from './types.js';

const PHRASES = [
  '小编',
  '仅供参考',
  '本文来源',
  '文章来源',
  '点击下载文档',
  '点击下载',
  '下载文档',
  '推荐阅读',
  '相关推荐',
  '相关文章',
  '免责声明',
  '版权归原作者',
  '版权归作者所有',
  '希望能够帮助到大家',
  '希望对大家有所帮助',
  '希望对大家有帮助',
  '希望对你有所帮助',
  '欢迎大家借鉴与参考',
  '欢迎大家借鉴和参考',
  '欢迎阅读与收藏',
  '大家一起来看看吧',
  '将本文的Word文档下载到电脑',
  '方便收藏和打印',
  '文档为doc格式',
];
/** Page furniture: only with its colon, so `资金来源` or `字号` in a sentence stay untouched. */
const LABELS = ['发布时间', '字号', '推荐度', '浏览次数', '阅读次数'];

const PHRASE = new RegExp(`${alternation(PHRASES)}|(?:${alternation(LABELS)})[:：]`, 'gi');
const BRACKETED_SITE = /【[^】\n]*(?:www\.|https?:\/\/)[^】\n]*】/gi;
const URL =
  /https?:\/\/[^\s，。；、）)】」”"'<>]+|(?<![A-Za-z0-9@.-])(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|top|info)(?![A-Za-z0-9])(?:\/[^\s，。；、）)】」”"'<>]*)?/gi;
const FILE_NAME = /《[^《》\n]*\.docx?》/gi;
const NUMERAL = '[0-9一二三四五六七八九十两]+';
const COLLECTION = new RegExp(`(?:篇${NUMERAL}|${NUMERAL}篇)[】）)]?$`);
const TERMINAL = /[。！？；：:;!?，,]/;

/** A short line without sentence punctuation ending in 篇N / N篇: an essay site's header. */
function isCollectionHeader(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && !TERMINAL.test(t) && COLLECTION.test(t);
}

/** Pasted website debris, as errors (collection headers as warnings). */
export function findDebris(text: string, lines: readonly Line[]): Finding[] {
  const out: Finding[] = [];
  const add = (f: Finding): void => {
    if (!out.some((o) => overlaps(o, f))) out.push(f);
  };
  for (const m of text.matchAll(BRACKETED_SITE)) add(makeFinding(text, 'debris', 'error', debrisMessages.url(m[0]), m.index, m.index + m[0].length));
  for (const m of text.matchAll(FILE_NAME)) add(makeFinding(text, 'debris', 'error', debrisMessages.fileName(m[0]), m.index, m.index + m[0].length));
  for (const m of text.matchAll(PHRASE)) add(makeFinding(text, 'debris', 'error', debrisMessages.phrase(m[0]), m.index, m.index + m[0].length));
  for (const m of text.matchAll(BOILERPLATE)) add(makeFinding(text, 'debris', 'error', debrisMessages.boilerplate(m[0]), m.index, m.index + m[0].length));
  for (const m of text.matchAll(URL)) add(makeFinding(text, 'debris', 'error', debrisMessages.url(m[0]), m.index, m.index + m[0].length));
  for (const line of lines) {
    if (!isCollectionHeader(line.text)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    add(makeFinding(text, 'debris', 'warning', debrisMessages.collectionHeader(line.text.trim()), start, start + line.text.trim().length));
  }
  return out;
}
