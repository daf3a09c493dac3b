import { describe, expect, it } from 'vitest';
import { describeStorage, formatBytes } from './storage-text';

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

describe('storage in plain words', () => {
  it('formats sizes with one decimal below ten and whole numbers above', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(820)).toBe('820 bytes');
    expect(formatBytes(1.5 * KB)).toBe('1.5 KB');
    expect(formatBytes(1.2 * MB)).toBe('1.2 MB');
    expect(formatBytes(2 * MB)).toBe('2 MB');
    expect(formatBytes(37.4 * MB)).toBe('37 MB');
    expect(formatBytes(2.1 * GB)).toBe('2.1 GB');
    expect(formatBytes(1023.7 * KB)).toBe('1 MB');
    expect(formatBytes(3 * 1024 * GB)).toBe('3 TB');
    expect(formatBytes(-5)).toBe('0 bytes');
  });

  it('says how much is used of what the browser allows, and whether the browser may clear it', () => {
    expect(describeStorage({ usage: 1.2 * MB, quota: 2.1 * GB, persisted: true })).toBe('Using 1.2 MB of 2.1 GB · kept until you clear it');
    expect(describeStorage({ usage: 1.2 * MB, quota: 2.1 * GB, persisted: false })).toBe('Using 1.2 MB of 2.1 GB · may be cleared by the browser when space runs low');
    expect(describeStorage({ usage: 300 * KB, quota: 0, persisted: null })).toBe('Using 300 KB');
  });
});
