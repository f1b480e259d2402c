import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {taxonomy, type StatusNode} from './src/taxonomy';
import {extraDocIds} from './src/plugins/status-pages/files';

/**
 * The sidebar is generated from the taxonomy, so its order can never drift from the tree.
 * Doc items take their label from the page title (the taxonomy name, per locale); category
 * labels are chosen here for the locale being built (Docusaurus sets the variable below).
 */
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'ja';

type Item =
  | {type: 'doc'; id: string}
  | {type: 'category'; label: string; key: string; link: {type: 'doc'; id: string}; collapsed: boolean; items: Item[]};

function item(node: StatusNode): Item {
  if (node.children.length === 0) return {type: 'doc', id: node.key};
  return {
    type: 'category',
    label: node.name[locale],
    key: node.key,
    link: {type: 'doc', id: node.key},
    collapsed: false,
    items: node.children.map(item),
  };
}

const sidebars: SidebarsConfig = {
  statuses: [...taxonomy.roots.map(item), ...extraDocIds.map((id): Item => ({type: 'doc', id}))],
};

export default sidebars;
