/**
 * Essay-site boilerplate in its many wordings: sentences that talk to the site's readers (大家,
 * 各位网友, 小伙伴) about the article itself — wishing it helps, thanking for reading, saying who
 * compiled it, pointing to more — rather than about the work. Each shape pairs an addressee or
 * article word with a reading/compiling act, so `让大家感受到温暖` or `组织大家阅读红色书籍`, which
 * are about the work, never match. Gaps stay inside one sentence.
 */

/** Any character of the same sentence. */
const G = '[^。！？!?\\n]';
/** Whom a website talks to. */
const READER = '(?:大家|各位(?:网友|读者|朋友)?|网友们?|读者(?:朋友)?们?|小伙伴们?|亲们|朋友们|您|你)';
/** 本文 not inside 基本文明, 根本文化, 剧本文字. */
const THIS_ARTICLE = '(?<![根基资日样版成课剧文书脚读账])本文';
/** The article speaking of itself. */
const ARTICLE = `(?:${THIS_ARTICLE}|本篇|这篇文章|此文|范文)`;
/** The same clause: no comma either. */
const C = '[^。！？!?\\n，,；;]';

const SHAPES: readonly string[] = [
  // 希望对大家有所帮助 / 希望本文能给你带来启发 / 希望能够帮助到大家
  `(?:希望|但愿)${G}{0,12}(?:对|给)${READER}${G}{0,6}(?:帮助|帮到|启发|借鉴|参考|用处|益处|收获)`,
  `(?:希望|但愿)${G}{0,12}(?:帮助|帮)到${READER}`,
  // 以上就是…的全部内容 / 以上是小编为大家整理的
  `以上(?:就|便)?是${G}{0,40}?(?:全部|所有)内容(?:了)?`,
  `以上(?:就|便)?是(?:小编|本站|我们)?(?:为|给)${READER}`,
  // 欢迎阅读 / 感谢您的阅读 / 谢谢观看
  `(?:欢迎|感谢|谢谢|多谢)${READER}?(?:的)?(?:阅读|浏览|访问|收看|观看|收藏|下载|转发|点赞)`,
  // 本文由…整理 / 本文来源于网络 / 文章由网友上传
  `${THIS_ARTICLE}(?:由|系|来源|来自|转载|整理|内容|仅代表|为原创|版权|链接|地址|标题)`,
  `(?:${THIS_ARTICLE}|文章|原文|此文)(?:由|经)${G}{0,20}?(?:整理|编辑|发布|提供|收集|上传|转载)+`,
  `由(?:本站|网友)${G}{0,12}?(?:整理|收集|发布|上传)+`,
  `转载请注明(?:出处|来源)?`,
  `如有侵权`,
  // 更多精彩内容请关注 / 更多范文尽在
  `更多${C}{0,16}?(?:请|敬请|欢迎)(?:关注|访问|点击|查看|搜索|浏览|登录|进入)`,
  `更多(?:精彩|优秀|相关)?(?:内容|范文|文章|资讯|资料)${G}{0,10}?(?:尽在|请点击|点击)`,
  // 点击下载 / 点击查看全文 / 收藏本文
  `点击(?:下载|查看|阅读|进入|这里|此处|链接|收藏|全文|原文|右上角|下方|上方)`,
  `下载(?:本文|全文|此文|这篇)`,
  `(?:收藏|打印|复制|分享)(?:本文|此文|这篇文章)`,
  `(?:免费)?下载(?:地址|链接)`,
  // 仅供参考 / 仅供学习交流
  `仅供(?:参考|学习|借鉴|交流|阅读)`,
  // 为大家整理了 / 给您精选的
  `(?:为|给)${READER}(?:整理|收集|精选|推荐|搜集|汇编)(?:了|的)`,
  // 一起来看看吧 / 下面我们一起来了解一下吧
  `(?:一起|快)来(?:看看|了解一下|学习一下)吧`,
  // the article and its readers in one sentence: 本文与各位网友分享
  `${READER}${G}{0,12}?${ARTICLE}`,
  `${ARTICLE}${G}{0,12}?${READER}`,
];

/** One regex for every shape (global; use with matchAll). */
export const BOILERPLATE = new RegExp(SHAPES.map((s) => `(?:${s})`).join('|'), 'gi');
