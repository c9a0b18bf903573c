import { describe, expect, it } from 'vitest';
import { articleKey } from '@/lib/model';

describe('articleKey', () => {
  it.each([
    ['https://news.example/story?utm_source=twitter&utm_medium=social', 'https://news.example/story'],
    ['https://news.example/story#comments', 'https://news.example/story'],
    ['https://news.example/story?fbclid=abc&id=42#top', 'https://news.example/story?id=42'],
    ['https://news.example/story?id=42&page=2', 'https://news.example/story?id=42&page=2'],
    ['not a url#x', 'not a url'],
  ])('%s → %s', (href, key) => expect(articleKey(href)).toBe(key));
});
