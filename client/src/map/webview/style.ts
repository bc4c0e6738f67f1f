/// <reference lib="dom" />
/**
 * The map's Cytoscape style, from the page's CSS custom properties (map.css maps them to VS Code's theme variables,
 * with fallbacks for the CLI's standalone page), read again whenever the theme changes.
 */
import type { StylesheetJson } from 'cytoscape';

const VARS = ['font', 'bg', 'fg', 'muted', 'border', 'focus', 'external', 'route', 'service', 'workload', 'config', 'broken', 'group', 'highContrast'] as const;
export type Theme = Record<(typeof VARS)[number], string>;

export function readTheme(): Theme {
  const css = getComputedStyle(document.body);
  const theme = Object.fromEntries(VARS.map((v) => [v, css.getPropertyValue(`--map-${v.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).trim()])) as Theme;
  // The canvas takes a font list, not a CSS variable.
  return { ...theme, font: css.fontFamily || 'sans-serif' };
}

export function stylesheet(t: Theme): StylesheetJson {
  const hc = t.highContrast === '1';
  const category = (name: string, colour: string) => ({ selector: `node.${name}`, style: { 'border-color': colour, 'background-color': colour, 'background-opacity': hc ? 0 : 0.16 } });
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 10,
        'font-family': t.font,
        color: t.fg,
        'border-width': hc ? 2 : 1.5,
        'background-color': t.bg,
      },
    },
    { selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } },
    category('external', t.external),
    category('controller', t.external),
    category('route', t.route),
    category('service', t.service),
    category('workload', t.workload),
    category('config', t.config),
    { selector: 'node.isolated', style: { 'border-width': hc ? 3 : 2.5, 'border-style': 'double' } },
    { selector: 'node.ghost', style: { 'border-color': t.broken, 'border-style': 'dashed', color: t.broken, 'background-opacity': 0 } },
    {
      selector: 'node.namespace',
      style: { shape: 'round-rectangle', 'background-color': t.group, 'background-opacity': hc ? 0 : 0.5, 'border-color': t.border, 'border-style': 'dashed', 'border-width': 1, label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 11, 'font-weight': 'bold', color: t.muted, padding: '14px' },
    },
    { selector: 'node.namespace.collapsed', style: { 'text-valign': 'center', 'border-style': 'solid', 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': t.muted,
        'target-arrow-color': t.muted,
        'target-arrow-shape': 'triangle',
        label: 'data(label)',
        'font-size': 9,
        color: t.fg,
        'text-background-color': t.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-rotation': 'none',
      },
    },
    { selector: 'edge.config', style: { 'line-style': 'dotted' } },
    { selector: 'edge.broken', style: { 'line-style': 'dashed', 'line-color': t.broken, 'target-arrow-color': t.broken, color: t.broken } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: ':selected, .highlighted', style: { 'border-color': t.focus, 'border-width': 3, 'line-color': t.focus, 'target-arrow-color': t.focus } },
  ];
}
