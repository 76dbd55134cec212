export { ExplorerLayoutOptions, ExplorerOptions } from "./explorerOptions";
export { renderExplorer } from "./renderExplorer";
