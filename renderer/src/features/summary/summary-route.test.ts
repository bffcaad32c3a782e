import { describe, expect, it } from 'vitest';
import { SUMMARY_SECTIONS } from '@shared/api/constants';
import { parseSummaryRoute, summaryFileName, summaryHref, summaryOptions } from './summary-route';

describe('summary route', () => {
  it('reads no options as the defaults', () => {
    expect(parseSummaryRoute('')).toEqual({
      from: '',
      to: '',
      notes: 'full',
      names: null,
      contact: false,
      sections: [...SUMMARY_SECTIONS],
      paper: 'a4',
    });
  });

  it('reads every option and writes it back the same', () => {
    const search =
      'from=2026-01-01&to=2026-06-30&notes=excerpts&names=name&contact=1&sections=formulation%2Csessions&paper=letter';
    const route = parseSummaryRoute(search);
    expect(route).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      notes: 'excerpts',
      names: 'name',
      contact: true,
      sections: ['formulation', 'sessions'],
      paper: 'letter',
    });
    expect(summaryHref('c1', route)).toBe(`/clients/c1/summary?${search}`);
  });

  it('drops what it cannot read', () => {
    const route = parseSummaryRoute('from=yesterday&notes=all&names=nick&contact=yes&sections=sessions,secrets');
    expect(route).toMatchObject({ from: '', notes: 'full', names: null, contact: false, sections: ['sessions'] });
  });

  it('keeps an empty choice of sections apart from all of them', () => {
    expect(parseSummaryRoute('sections=').sections).toEqual([]);
    expect(summaryHref('c1', { sections: [] })).toBe('/clients/c1/summary?sections=');
    expect(summaryHref('c1', { sections: [...SUMMARY_SECTIONS] })).toBe('/clients/c1/summary');
  });

  it('takes names from the practice setting unless the address chose', () => {
    const route = parseSummaryRoute('contact=1');
    expect(summaryOptions(route, true)).toEqual({ notes: 'full', names: 'pseudonym', contact: false });
    expect(summaryOptions(route, false)).toEqual({ notes: 'full', names: 'name', contact: true });
    expect(summaryOptions(parseSummaryRoute('names=pseudonym'), false).names).toBe('pseudonym');
  });

  it('names the PDF without anything a path could use', () => {
    expect(summaryFileName('IH-3', '2026-11-27')).toBe('case-summary-IH-3-2026-11-27.pdf');
    expect(summaryFileName('../a/b\\c', '2026-11-27')).toBe('case-summary-a-b-c-2026-11-27.pdf');
    expect(summaryFileName('  ', '2026-11-27')).toBe('case-summary-2026-11-27.pdf');
  });
});
