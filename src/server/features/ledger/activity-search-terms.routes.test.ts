import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, problemOf, type TestApp } from '../../../../test-support/app.js';
import { DIALECTS } from '../../../../test-support/databases.js';
import { ledgerHelpers, type LedgerHelpers } from '../../../../test-support/ledger.js';

/**
 * A search of several words: every word must be found, each in the entry's title, summary or place
 * or in the name of the entry's unit; a word with no space between a unit's name and the rest
 * (东风村宣讲) also reads as that unit's entries holding the rest.
 */
for (const dialect of DIALECTS) {
  describe(`activity search by several terms and unit names (${dialect})`, () => {
    let t: TestApp;
    let h: LedgerHelpers;
    let t1Admin: string;
    let t1Clerk: string;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      t = await createTestApp(dialect);
      h = ledgerHelpers(t);
      const t2Admin = await t.login('t2-admin');
      [t1Admin, t1Clerk] = await Promise.all([t.login('t1-admin'), t.login('t1-clerk')]);
      const dongfeng = await t.orgId('示例县', '城关镇', '东风村');
      const xiangyang = await t.orgId('示例县', '城关镇', '向阳村');
      const shengli = await t.orgId('示例县', '河口镇', '胜利村');
      const lecture = await h.typeId('edu.lecture');
      const base = { typeId: lecture, startDate: '2026-05-10', measures: { sessions: 1, attendance: 30 }, submit: true };
      const fixtures: Array<[string, string, Record<string, unknown>]> = [
        // Holds 宣讲 in its text and 东风村 only as its unit's name.
        ['东风宣讲', t1Admin, { orgId: dongfeng, title: '惠民政策宣讲', place: '村委会', summary: '讲解医保政策' }],
        ['东风汇演', t1Admin, { orgId: dongfeng, title: '文艺汇演', place: '文化广场', summary: '歌舞表演' }],
        ['向阳宣讲', t1Admin, { orgId: xiangyang, title: '惠民政策宣讲', place: '村委会', summary: '讲解社保政策' }],
        // Names 东风村 in its text, though recorded by 向阳村.
        ['向阳学习', t1Admin, { orgId: xiangyang, title: '学习东风村宣讲经验', place: '村委会', summary: '座谈交流' }],
        ['符号', t1Admin, { orgId: xiangyang, title: '完成率100%的宣讲', place: '二楼_会议室', summary: `主题"石榴籽"与'同心'` }],
        // Outside 城关镇: t1-admin must never see it, whatever they search.
        ['胜利宣讲', t2Admin, { orgId: shengli, title: '东风村宣讲经验推广', place: '胜利村', summary: '宣讲' }],
      ];
      for (const [key, cookie, body] of fixtures) ids[key] = (await h.create(cookie, { ...base, ...body })).id;
    });
    afterAll(() => t.close());

    const found = async (text: string, cookie = t1Admin) => {
      const res = await h.get(cookie, `/api/activities?pageSize=200&q=${encodeURIComponent(text)}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: Array<{ id: number }>; total: number };
      expect(page.total).toBe(page.items.length);
      return page.items.map((a) => Object.keys(ids).find((k) => ids[k] === a.id) ?? `#${a.id}`).sort();
    };

    it('needs every space-separated term, each in the text or the unit name', async () => {
      expect(await found('宣讲 东风村')).toEqual(['东风宣讲', '向阳学习'].sort());
      expect(await found('东风村 宣讲')).toEqual(['东风宣讲', '向阳学习'].sort());
      // A full-width space (as Chinese input methods type it) separates terms too.
      expect(await found('宣讲\u3000东风村')).toEqual(['东风宣讲', '向阳学习'].sort());
      expect(await found('惠民 社保')).toEqual(['向阳宣讲']);
      expect(await found('汇演 宣讲')).toEqual([]);
    });

    it('finds a term that only the unit name holds', async () => {
      expect(await found('东风村')).toEqual(['东风宣讲', '东风汇演', '向阳学习'].sort());
      expect(await found('向阳')).toEqual(['向阳宣讲', '向阳学习', '符号'].sort());
      expect(await found('汇演 东风')).toEqual(['东风汇演']);
    });

    it('reads a unit name written against a word as that unit plus the word', async () => {
      // 东风村's own 宣讲, and the entry naming 东风村宣讲 outright; not 向阳村's 宣讲.
      expect(await found('东风村宣讲')).toEqual(['东风宣讲', '向阳学习'].sort());
      expect(await found('宣讲东风村')).toEqual(['东风宣讲']);
      expect(await found('向阳村惠民政策')).toEqual(['向阳宣讲']);
      expect(await found('东风村医保 惠民')).toEqual(['东风宣讲']);
      // Part of a name is not a unit: 风村 + 惠民 finds nothing.
      expect(await found('风村惠民')).toEqual([]);
    });

    it("never finds entries or unit names outside the caller's scope", async () => {
      expect(await found('胜利村')).toEqual([]);
      expect(await found('胜利村宣讲')).toEqual([]);
      expect(await found('宣讲 推广')).toEqual([]);
      // The clerk of 东风村 sees 东风村 only: 向阳村 is not theirs, by name or by entry.
      expect(await found('宣讲', t1Clerk)).toEqual(['东风宣讲']);
      expect(await found('向阳村', t1Clerk)).toEqual([]);
      expect(await found('向阳村宣讲', t1Clerk)).toEqual([]);
      expect(await found('东风村 宣讲', t1Clerk)).toEqual(['东风宣讲']);
    });

    it('takes 2-character terms and refuses a 1-character one, alone or among others', async () => {
      expect(await found('宣讲 政策')).toEqual(['东风宣讲', '向阳宣讲'].sort());
      for (const text of ['宣', '宣讲 村', '东风村 讲', ' 宣 ']) {
        const res = await h.get(t1Admin, `/api/activities?q=${encodeURIComponent(text)}`);
        expect(res.statusCode, text).toBe(400);
        expect(problemOf(res).errors?.[0]?.message).toBe('搜索词至少2个字');
      }
    });

    it('treats % _ \' and " in a term as plain characters', async () => {
      expect(await found('0%')).toEqual(['符号']);
      expect(await found('%的')).toEqual(['符号']);
      expect(await found('_会')).toEqual(['符号']);
      expect(await found('"石榴')).toEqual(['符号']);
      expect(await found(`'同心'`)).toEqual(['符号']);
      expect(await found(`宣讲 "石榴籽" '同心'`)).toEqual(['符号']);
      for (const text of ['%%', '__', '%宣', '_宣讲', `'宣讲`, '"宣讲"', '东风村%']) expect(await found(text), text).toEqual([]);
    });
  });
}
