// The read-only diagram viewer: window.CoCreationDiagrams.viewer(container, xml, overlays).
// Other pages (the change review, auditors' views) mark elements on a deployed diagram with it.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import './diagrams.css';
import { elementChanges } from './diagram-diff.js';
import { decisionChanges, isDecisionModel, showDecisionTables } from './decision-diff.js';

/**
 * Shows `xml` in `container`. `overlays` is a list of { elementId, marker, text, link, href }: the
 * marker is a CSS class put on the element (a shape or a sequence flow), the text a small label
 * above it, and a link (its text and href) goes below it.
 */
async function viewer(container, xml, overlays = []) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(xml);
  mark(viewer, overlays);
  viewer.get('canvas').zoom('fit-viewport');
  container.dataset.ready = 'true';
  return viewer;
}

function mark(viewer, overlays) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  const overlayService = viewer.get('overlays');
  const linksBelow = {};
  for (const overlay of overlays) {
    const element = registry.get(overlay.elementId);
    if (!element) {
      continue;
    }
    if (overlay.marker) {
      canvas.addMarker(overlay.elementId, overlay.marker);
    }
    if (overlay.text && !element.waypoints) {
      const label = document.createElement('span');
      label.className = 'diagram-note ' + (overlay.marker || '');
      label.textContent = overlay.text;
      overlayService.add(overlay.elementId, { position: { top: -22, left: 0 }, html: label });
    }
    if (overlay.link && overlay.href && !element.waypoints) {
      const below = linksBelow[overlay.elementId] || 0;
      linksBelow[overlay.elementId] = below + 1;
      const link = document.createElement('a');
      link.className = 'diagram-link';
      link.href = overlay.href;
      link.textContent = overlay.link;
      overlayService.add(overlay.elementId, { position: { bottom: -6 - 18 * below, left: 0 }, html: link });
    }
  }
}

/**
 * Shows the deployed and the proposed diagram side by side, with the added, removed and changed
 * elements marked on each; returns the list of changes. Decisions are shown as their tables.
 */
async function diff(baseContainer, proposedContainer, baseXml, proposedXml, labels) {
  if (isDecisionModel(proposedXml)) {
    return decisionDiff(baseContainer, proposedContainer, baseXml, proposedXml, labels);
  }
  const changes = await elementChanges(baseXml, proposedXml);
  const text = (kind) => (labels && labels[kind]) || kind;
  const proposedMarks = changes.filter((c) => c.kind !== 'removed')
    .map((c) => ({ elementId: c.id, marker: 'diff-' + c.kind, text: text(c.kind) }));
  const baseMarks = changes.filter((c) => c.kind !== 'added')
    .map((c) => ({ elementId: c.id, marker: 'diff-' + c.kind, text: text(c.kind) }));
  if (baseXml) {
    await viewer(baseContainer, baseXml, baseMarks);
  }
  await viewer(proposedContainer, proposedXml, proposedMarks);
  return changes;
}

/** A decision's change: both decision tables with the added, removed and changed rules marked. */
function decisionDiff(baseContainer, proposedContainer, baseXml, proposedXml, labels) {
  const changes = decisionChanges(baseXml, proposedXml);
  const marks = (kinds) => new Map(changes.filter((c) => kinds.includes(c.kind)).map((c) => [c.id, c.kind]));
  if (baseXml) {
    showDecisionTables(baseContainer, baseXml, marks(['removed', 'changed']), labels);
  }
  showDecisionTables(proposedContainer, proposedXml, marks(['added', 'changed']), labels);
  return changes;
}

window.CoCreationDiagrams = Object.assign(window.CoCreationDiagrams || {}, { viewer, diff, elementChanges });
