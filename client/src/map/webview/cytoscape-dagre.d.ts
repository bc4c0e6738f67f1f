/** cytoscape-dagre ships no types: it is a Cytoscape extension, registered with `cytoscape.use`. */
declare module 'cytoscape-dagre' {
  import type { Ext } from 'cytoscape';
  const dagre: Ext;
  export default dagre;
}
