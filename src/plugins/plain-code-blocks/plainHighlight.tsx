/** prism-react-renderer's client API (Prism, Highlight) without any grammar: every token is plain text. */
import type {ReactNode} from 'react';
import clsx from 'clsx';

export interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

/** Docusaurus loads extra grammars into this object; with no highlighter they are never used. */
export const Prism: {languages: Record<string, unknown>} = {languages: {}};

interface RenderProps {
  className: string;
  style: Record<string, unknown>;
  tokens: Token[][];
  getLineProps: (input: {line: Token[]; className?: string; [key: string]: unknown}) => Record<string, unknown>;
  getTokenProps: (input: {token: Token; className?: string; [key: string]: unknown}) => Record<string, unknown>;
}

export function plainTokens(code: string): Token[][] {
  return code.replace(/\n$/, '').split('\n').map((line) => [line === '' ? {types: ['plain'], content: '\n', empty: true} : {types: ['plain'], content: line}]);
}

export function Highlight({theme, code, language, children}: {theme?: {plain?: Record<string, unknown>}; code: string; language?: string; children: (props: RenderProps) => ReactNode}): ReactNode {
  return children({
    className: clsx('prism-code', language && `language-${language}`),
    style: theme?.plain ?? {},
    tokens: plainTokens(code),
    getLineProps: ({line: _line, className, ...rest}) => ({...rest, className: clsx('token-line', className)}),
    getTokenProps: ({token, className, ...rest}) => ({...rest, className: clsx('token', ...token.types, className), children: token.content}),
  });
}
