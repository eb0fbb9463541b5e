import { describe, expect, it } from 'vitest';
import { quoteStates, reportSpelling, type Spelling } from './report-spelling';

describe('report spelling helper', () => {
  it.each([
    [{ kind: 'count', value: 2400, approx: '多' }, '2400多'],
    [{ kind: 'count', value: 86, approx: null }, '86'],
    [{ kind: 'percent', value: 78.3, approx: null }, '78.3%'],
    [{ kind: 'money', value: 60000000, approx: '余' }, '6000余万'],
    [{ kind: 'money', value: 100000, approx: null }, '10万'],
    [{ kind: 'fraction', value: 1, of: 2, approx: null }, '二分之一'],
    [{ kind: 'fraction', value: 4, of: 5, approx: null }, '五分之四'],
    [{ kind: 'grade', value: 3, approx: null }, 'Ⅲ类'],
    [{ kind: 'year', value: 2020, approx: null }, '2020'],
  ] as [Spelling, string][])('%o → %s', (f, expected) => {
    expect(reportSpelling(f)).toBe(expected);
  });

  it('fails when the quote does not state the figure', () => {
    expect(quoteStates({ kind: 'count', value: 2400, approx: '多' }, '结对帮扶2400多户')).toBe(
      true,
    );
    expect(quoteStates({ kind: 'count', value: 2400, approx: null }, '结对帮扶2400多户')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'count', value: 240, approx: '多' }, '结对帮扶2400多户')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'count', value: 10, approx: null }, '收入过100万元')).toBe(false);
    expect(quoteStates({ kind: 'percent', value: 78, approx: null }, '森林覆盖率达78.3%')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'money', value: 6000000, approx: '余' }, '投入6000余万元')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'fraction', value: 1, of: 3, approx: null }, '二分之一的村')).toBe(
      false,
    );
    expect(quoteStates({ kind: 'fraction', value: 1, of: 1, approx: null }, '村村通公交')).toBe(
      true,
    );
    expect(quoteStates({ kind: 'grade', value: 2, approx: null }, 'Ⅲ类水标准')).toBe(false);
    const list: Spelling = {
      kind: 'list',
      value: 2,
      approx: null,
      items: [
        { zh: '东沟', en: '' },
        { zh: '营子', en: '' },
      ],
    };
    expect(quoteStates(list, '东沟、营子')).toBe(true);
    expect(quoteStates(list, '东沟、马家河')).toBe(false);
  });
});
