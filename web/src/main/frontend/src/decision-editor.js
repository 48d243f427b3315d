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

async function decisionEditor(container, xml) {
  const modeler = new DmnModeler({ container, common: { keyboard: { bindTo: window } } });
  await modeler.importXML(xml);
  const views = modeler.getViews();
  const table = views.find((view) => view.type === 'decisionTable');
  if (table) {
    await modeler.open(table);
  }
  return {
    modeler,
    async xml() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    }
  };
}

window.CoCreationDiagrams = Object.assign(window.CoCreationDiagrams || {}, { decisionEditor });
