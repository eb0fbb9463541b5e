import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './report';

const REPORT = readFileSync(new URL('../../../data/source/report.md', import.meta.url), 'utf8');

describe('parseReport on the real report', () => {
  const report = parseReport(REPORT);

  it('finds 13 body paragraphs numbered 1..13', () => {
    expect(report.paragraphs).toHaveLength(13);
    expect(report.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('finds the titles, subtitle and byline', () => {
    expect(report.titles).toEqual(['建强堡垒强引领', '精准发力促振兴']);
    expect(report.subtitle).toBe('茅箭区 党建引领脱贫攻坚加速乡村振兴');
    expect(report.byline).toBe('记者王雁博');
  });

  it('finds the 3 sections and puts each paragraph in the right one', () => {
    expect(report.sections).toEqual([
      '提高政治站位 强化责任担当',
      '坚持党建引领 推进全面振兴',
      '狠抓队伍建设 发挥先锋模范作用',
    ]);
    const sectionOf = (n: number) => report.paragraphs[n - 1].section;
    expect(sectionOf(1)).toBeNull();
    for (const n of [2, 3, 4, 5]) expect(sectionOf(n)).toBe('提高政治站位 强化责任担当');
    for (const n of [6, 7, 8, 9]) expect(sectionOf(n)).toBe('坚持党建引领 推进全面振兴');
    for (const n of [10, 11, 12, 13]) expect(sectionOf(n)).toBe('狠抓队伍建设 发挥先锋模范作用');
  });

  it('finds the 8 image captions and keeps them out of the paragraphs', () => {
    expect(report.captions).toHaveLength(8);
    expect(report.captions).toContain('茅塔乡大坪村光伏电站');
    expect(report.captions).toContain('泰巴生态植物园');
    expect(report.captions).toContain('组织乡镇(街办)相关负责人赴京山县考察学习基层党建工作经验');
    for (const p of report.paragraphs) {
      expect(p.text).not.toContain('猕猴桃喜获丰收');
      expect(p.text).not.toContain('直播带货助农增收');
    }
  });

  it('joins blocks cut by a page break', () => {
    expect(report.paragraphs[3].text).toContain('思想主义思想尤其是');
    expect(report.paragraphs[5].text).toContain('全面振兴,打造');
    expect(report.paragraphs[9].text).toContain('重点村倾斜');
  });

  it('starts and ends where the report does', () => {
    expect(report.paragraphs[0].text.startsWith('一个党员一面旗')).toBe(true);
    expect(report.paragraphs[12].text.endsWith('新征程!')).toBe(true);
  });
});

describe('parseReport on synthetic input', () => {
  const doc = (...blocks: string[]) => ['preamble, ignored.', '---', ...blocks].join('\n\n');

  it('ignores everything before the first --- line', () => {
    const r = parseReport(doc('正文一句。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文一句。']);
  });

  it('reads the whole text when there is no --- line', () => {
    const r = parseReport('# 标题\n\n第一段。\n\n第二段。');
    expect(r.titles).toEqual(['标题']);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段。']);
  });

  it('treats a short block without sentence punctuation as a caption', () => {
    const r = parseReport(doc('第一段。', '村民采摘蓝莓', '第二段,有逗号。'));
    expect(r.captions).toEqual(['村民采摘蓝莓']);
    expect(r.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段,有逗号。']);
  });

  it('does not take a long block without punctuation for a caption', () => {
    const long = '长'.repeat(41) + '。';
    const r = parseReport(doc(long));
    expect(r.captions).toEqual([]);
    expect(r.paragraphs).toHaveLength(1);
  });

  it('assigns paragraphs to the ## section above them and numbers through sections', () => {
    const r = parseReport(doc('导语。', '## 第一部分', '甲。', '乙。', '## 第二部分', '丙。'));
    expect(r.sections).toEqual(['第一部分', '第二部分']);
    expect(r.paragraphs.map((p) => [p.n, p.section, p.text])).toEqual([
      [1, null, '导语。'],
      [2, '第一部分', '甲。'],
      [3, '第一部分', '乙。'],
      [4, '第二部分', '丙。'],
    ]);
  });

  it('reads the dash subtitle and the byline as metadata', () => {
    const r = parseReport(doc('# 大标题', '——副标题', '记者张三', '正文。'));
    expect(r.titles).toEqual(['大标题']);
    expect(r.subtitle).toBe('副标题');
    expect(r.byline).toBe('记者张三');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文。']);
  });

  it('joins a block cut by a page break to the next block, even a short one', () => {
    const r = parseReport(doc('这一段,被分页切', '断了。', '下一段。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['这一段,被分页切断了。', '下一段。']);
    expect(r.captions).toEqual([]);
  });

  it('keeps joining until the sentence ends', () => {
    const r = parseReport(doc('一,', '二,', '三。', '四。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['一,二,三。', '四。']);
  });

  it('a heading closes a cut paragraph', () => {
    const r = parseReport(doc('没有句号的段落,', '## 节', '新段。'));
    expect(r.paragraphs.map((p) => [p.section, p.text])).toEqual([
      [null, '没有句号的段落,'],
      ['节', '新段。'],
    ]);
  });

  it('reads CRLF input like LF input', () => {
    const lf = doc('# 题', '## 节', '第一段,被切', '断了。', '图片说明');
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(parseReport(crlf)).toEqual(parseReport(lf));
    expect(parseReport(crlf).paragraphs[0].text).toBe('第一段,被切断了。');
    expect(parseReport(crlf).captions).toEqual(['图片说明']);
  });

  it('treats several blank lines (with spaces) as one separator', () => {
    const r = parseReport('---\n\n甲。\n  \n\n\n乙。\n');
    expect(r.paragraphs.map((p) => p.text)).toEqual(['甲。', '乙。']);
  });
});
