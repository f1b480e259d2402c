/** Like react-router's history in a freshly loaded page: the last navigation was a POP (the load). */
export function useHistory(): {action: 'POP' | 'PUSH' | 'REPLACE'} {
  return {action: 'POP'};
}
