export function useDoc(): never {
  throw new Error('useDoc is not available in unit tests; test status pages in the e2e suite.');
}
