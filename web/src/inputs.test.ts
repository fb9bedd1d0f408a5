import { describe, expect, it } from 'vitest';
import { percentText, readAmount, readMonths, readPercent, readYears } from './inputs';

describe('numbers the citizen types, read as the engine accepts them', () => {
  it('reads months as whole numbers up to 1200', () => {
    expect(readMonths('')).toBeNull();
    expect(readMonths(' 60 ')).toBe(60);
    expect(readMonths('１２０')).toBe(120);
    expect(readMonths('1200')).toBe(1200);
    expect(readMonths('1201')).toBeUndefined();
    expect(readMonths('2.5')).toBeUndefined();
    expect(readMonths('-3')).toBeUndefined();
    expect(readMonths('abc')).toBeUndefined();
  });
  it('reads required years up to 60', () => {
    expect(readYears('25')).toBe(25);
    expect(readYears('61')).toBeUndefined();
  });
  it('reads yuan with at most two decimals and at most ten million', () => {
    expect(readAmount('6,000 元')).toBe(6000);
    expect(readAmount('6370.5')).toBe(6370.5);
    expect(readAmount('1.234')).toBeUndefined();
    expect(readAmount('10000001')).toBeUndefined();
    expect(readAmount('')).toBeNull();
  });
  it('reads a rate in percent as the engine\'s fraction, and shows it back', () => {
    expect(readPercent('8')).toBe(0.08);
    expect(readPercent('5.5%')).toBe(0.055);
    expect(readPercent('０．５')).toBe(0.005);
    expect(readPercent('100')).toBe(1);
    expect(readPercent('101')).toBeUndefined();
    expect(readPercent('0.00001')).toBeUndefined();
    expect(percentText(0.055)).toBe('5.5');
    expect(percentText(0.08)).toBe('8');
    expect(percentText(null)).toBe('');
  });
});
