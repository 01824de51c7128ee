import type { List, ListItem, Parents } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';

/**
 * `mdast-util-to-hast` decides whether a list is loose (items in `<p>`) by looking at every item
 * of the list, once for each item: a list of 100,000 items took 100 seconds. This asks once per
 * list and hands the item to the usual handler with a stand-in parent that gives the same answer.
 */
export function listItemOncePerList(state: State, node: ListItem, parent: Parents | undefined) {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
  let loose = looseLists.get(parent);
  if (loose === undefined) {
    loose = isLoose(parent);
    looseLists.set(parent, loose);
  }
  return defaultHandlers.listItem(state, node, loose ? LOOSE : TIGHT);
}

const looseLists = new WeakMap<List, boolean>();
const LOOSE: List = { type: 'list', spread: true, children: [] };
const TIGHT: List = { type: 'list', spread: false, children: [] };

/** As `mdast-util-to-hast` reads it: the list spreads, or any item does (or has several children). */
function isLoose(list: List): boolean {
  return (
    Boolean(list.spread) ||
    list.children.some((item) => (item.spread ?? item.children.length > 1) === true)
  );
}
