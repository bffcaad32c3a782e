import { describe, expect, it } from 'vitest';
import { nextSort, rowAfterKey, sortRows } from './data-table-model';

describe('sorting a data table', () => {
  const rows = [
    { name: 'Øystein', age: 3 },
    { name: 'anna', age: null },
    { name: 'Åse', age: 10 },
    { name: 'Zara', age: 1 },
    { name: 'Bjørn', age: 3 },
  ];

  it('orders text by the language, ignoring case', () => {
    const names = sortRows(rows, (r) => r.name, 'ascending', 'nb').map((r) => r.name);
    expect(names).toEqual(['anna', 'Bjørn', 'Zara', 'Øystein', 'Åse']);
  });

  it('orders numbers by value, keeps ties in order, and puts missing values last both ways', () => {
    expect(sortRows(rows, (r) => r.age, 'ascending', 'en').map((r) => r.name)).toEqual([
      'Zara',
      'Øystein',
      'Bjørn',
      'Åse',
      'anna',
    ]);
    expect(sortRows(rows, (r) => r.age, 'descending', 'en').map((r) => r.name)).toEqual([
      'Åse',
      'Øystein',
      'Bjørn',
      'Zara',
      'anna',
    ]);
  });

  it('flips the sorted column and starts another in its first direction', () => {
    expect(nextSort(null, 'name', 'ascending')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name', 'ascending')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'age', 'descending')).toEqual({
      column: 'age',
      direction: 'descending',
    });
  });
});

describe('moving between rows with the keyboard', () => {
  it('moves by one, by a page and to either end, without leaving the table', () => {
    expect(rowAfterKey('ArrowDown', 0, 5, 10)).toBe(1);
    expect(rowAfterKey('ArrowDown', 4, 5, 10)).toBe(4);
    expect(rowAfterKey('ArrowUp', 0, 5, 10)).toBe(0);
    expect(rowAfterKey('PageDown', 1, 50, 10)).toBe(11);
    expect(rowAfterKey('PageUp', 3, 50, 10)).toBe(0);
    expect(rowAfterKey('Home', 30, 50, 10)).toBe(0);
    expect(rowAfterKey('End', 3, 50, 10)).toBe(49);
    expect(rowAfterKey('a', 3, 50, 10)).toBeNull();
    expect(rowAfterKey('ArrowDown', 0, 0, 10)).toBeNull();
  });
});
