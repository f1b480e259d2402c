// @vitest-environment jsdom
import React from 'react';
import {describe, expect, it} from 'vitest';
import {render} from '@testing-library/react';
import {Highlight, plainTokens} from './plainHighlight';

describe('plain code highlighter (stand-in for prism-react-renderer)', () => {
  it('keeps every line and character of the code, as plain tokens', () => {
    expect(plainTokens('a < b\n\n  c\n')).toEqual([
      [{types: ['plain'], content: 'a < b'}],
      [{types: ['plain'], content: '\n', empty: true}],
      [{types: ['plain'], content: '  c'}],
    ]);
  });

  it('renders through the same render-prop API the theme uses', () => {
    const {container} = render(
      <Highlight theme={{plain: {color: 'red'}}} code={'const a = 1;\nconst b = 2;'} language="js">
        {({className, style, tokens, getLineProps, getTokenProps}) => (
          <pre className={className} style={style}>
            {tokens.map((line, i) => (
              <span key={i} {...getLineProps({line})}>
                {line.map((token, j) => (
                  <span key={j} {...getTokenProps({token})} />
                ))}
              </span>
            ))}
          </pre>
        )}
      </Highlight>,
    );
    const pre = container.querySelector('pre')!;
    expect(pre.className).toBe('prism-code language-js');
    expect(pre.style.color).toBe('red');
    expect([...pre.querySelectorAll('.token-line')].map((l) => l.textContent)).toEqual(['const a = 1;', 'const b = 2;']);
  });
});
