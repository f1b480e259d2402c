import React, {Fragment, type ReactNode} from 'react';

type Values = Record<string, ReactNode>;

function interpolate(message: string, values: Values = {}): ReactNode[] {
  return message.split(/(\{\w+\})/).map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{key !== undefined && key in values ? values[key] : part}</Fragment>;
  });
}

export function translate({message}: {message: string; id?: string; description?: string}, values?: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => (values && key in values ? String(values[key]) : whole));
}

export default function Translate({children, values}: {children: string; id?: string; description?: string; values?: Values}): ReactNode {
  return <>{interpolate(children, values)}</>;
}
