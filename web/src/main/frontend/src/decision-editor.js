// The process owners' DMN editor (decision tables, literal expressions and the DRD).
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './diagrams.css';
import { syncField, wireFileTools } from './file-tools.js';

async function decisionEditor(container, xml) {
  // no keyboard.bindTo: diagram-js binds its shortcuts itself and reports an explicit binding as an error
  const modeler = new DmnModeler({ container });
  const listeners = [];
  await modeler.importXML(xml);
  const views = modeler.getViews();
  const table = views.find((view) => view.type === 'decisionTable');
  if (table) {
    await modeler.open(table);
  }
  return {
    modeler,
    async importXml(xml) {
      await modeler.importXML(xml);
      listeners.forEach((listener) => listener());
    },
    onChange(listener) {
      listeners.push(listener);
      modeler.on('views.changed', listener);
      const active = modeler.getActiveViewer();
      if (active) {
        active.on('commandStack.changed', listener);
      }
    },
    async xml() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }
  };
}

/** Wires the modeler page for a decision: the editor, its hidden XML field, file import and export. */
async function attachDecisionEditor(ids) {
  const field = document.getElementById(ids.xmlField);
  const api = await decisionEditor(document.getElementById(ids.canvas), field.value);
  await syncField(api, field);
  wireFileTools(api, ids);
  window.CoCreationDiagrams.current = api;
  return api;
}

/** Decisions have no diagram elements to mark: their problems are listed on the page. */
function showServerProblems() {
}

window.CoCreationDiagrams = Object.assign(window.CoCreationDiagrams || {},
  { decisionEditor, attachDecisionEditor, showServerProblems });
