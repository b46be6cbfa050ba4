import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeCsvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ["+1+cmd|' /C calc'!A0", `'+1+cmd|' /C calc'!A0`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-', `'-`],
  ])('neutralizes %j as text', (value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });

  it.each([
    ['-12.50', '-12.50'],
    ['-3', '-3'],
    ['1200.00', '1200.00'],
    ['Hooli = Pied Piper', 'Hooli = Pied Piper'],
    ['renews in 12 days', 'renews in 12 days'],
  ])('keeps %j as it is', (value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });

  it('writes numbers, nulls and missing values as plain cells', () => {
    expect(neutralizeCsvCell(-7)).toBe('-7');
    expect(neutralizeCsvCell(0.92)).toBe('0.92');
    expect(neutralizeCsvCell(null)).toBe('');
    expect(neutralizeCsvCell(undefined)).toBe('');
  });

  it('quotes neutralized cells that hold commas and quotes, so the file parses back cell for cell', () => {
    const csv = toCsv(['reason', 'amount'], [['=HYPERLINK("http://evil","x")', '-12.50']]);
    const [header, row] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toEqual(['reason', 'amount']);
    expect(row).toEqual([`'=HYPERLINK("http://evil","x")`, '-12.50']);
  });
});
