import {describe, expect, it} from 'vitest';
import {emphasisParts, withoutEmphasis} from './emphasis';
import {taxonomy} from './index';

const render = (text: string) => emphasisParts(text).map((p) => (p.emphasis ? `<em>${p.text}</em>` : p.text)).join('');

describe('the seed’s emphasis', () => {
  it('drops the spaces Markdown needed between Japanese characters and the marks, and keeps English spaces', () => {
    expect(render('問題は、*ユーザーの準備* または *トレーニング* に関連します。')).toBe('問題は、<em>ユーザーの準備</em>または<em>トレーニング</em>に関連します。');
    expect(render('about *user readiness* or *user training*.')).toBe('about <em>user readiness</em> or <em>user training</em>.');
    expect(withoutEmphasis('*準備* または')).toBe('準備 または');
  });

  it('leaves no mark on the page for any note of the taxonomy', () => {
    for (const note of taxonomy.all.flatMap((n) => n.notes)) {
      for (const text of [note.text.ja, note.text.en]) expect(emphasisParts(text).map((p) => p.text).join('')).not.toContain('*');
    }
  });
});
