import {useState} from 'react';

/** Like Docusaurus' useQueryString: the value lives in the page URL (here jsdom's). */
export function useQueryString(key: string): [string, (value: string | null) => void] {
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get(key) ?? '');
  const update = (next: string | null) => {
    const params = new URLSearchParams(window.location.search);
    if (next) params.set(key, next);
    else params.delete(key);
    const search = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
    setValue(next ?? '');
  };
  return [value, update];
}
