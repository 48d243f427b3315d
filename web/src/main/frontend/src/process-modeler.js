// The process owners' BPMN editor: bpmn-js with the Camunda 7 properties panel and bpmnlint.
// window.CoCreationDiagrams.processModeler(canvas, panel, xml) returns a small API for the page.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import lintConfig from './lint-config.js';
import { syncField, wireFileTools } from './file-tools.js';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import './diagrams.css';

async function processModeler(canvas, panel, xml) {
  const modeler = new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    linting: { bpmnlint: lintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      lintModule
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  await modeler.importXML(xml);
  modeler.get('canvas').zoom('fit-viewport');
  const problemOverlays = [];

  return {
    modeler,
    async importXml(xml) {
      await modeler.importXML(xml);
      modeler.get('canvas').zoom('fit-viewport');
      modeler.get('eventBus').fire('commandStack.changed');
    },
    onChange(listener) {
      modeler.on('commandStack.changed', listener);
      modeler.on('import.done', listener);
    },
    /** The diagram as BPMN 2.0 XML, formatted, with its diagram layout. */
    async xml() {
      const { xml } = await modeler.saveXML({ format: true });
      return xml;
    },
    /** The editor's lint errors, as { id, message } (warnings are shown but do not block). */
    async lintErrors() {
      const results = await modeler.get('linting').lint();
      const errors = [];
      for (const [id, reports] of Object.entries(results)) {
        for (const report of reports) {
          if (report.category === 'error') {
            errors.push({ id, message: report.message });
          }
        }
      }
      return errors;
    },
    /** Marks the server's problems on their elements: a list of { elementId, message }. */
    showProblems(problems) {
      const overlays = modeler.get('overlays');
      const canvasService = modeler.get('canvas');
      const registry = modeler.get('elementRegistry');
      problemOverlays.splice(0).forEach(({ id, elementId }) => {
        overlays.remove(id);
        canvasService.removeMarker(elementId, 'problem');
      });
      for (const problem of problems) {
        if (!problem.elementId || !registry.get(problem.elementId)) {
          continue;
        }
        const label = document.createElement('span');
        label.className = 'diagram-note problem';
        label.textContent = problem.message;
        canvasService.addMarker(problem.elementId, 'problem');
        const id = overlays.add(problem.elementId, { position: { top: -22, left: 0 }, html: label });
        problemOverlays.push({ id, elementId: problem.elementId });
      }
    }
  };
}

/** Wires the modeler page: the editor, its hidden XML field, file import and export. */
async function attachProcessModeler(ids) {
  const field = document.getElementById(ids.xmlField);
  const api = await processModeler(document.getElementById(ids.canvas), document.getElementById(ids.panel),
    field.value);
  await syncField(api, field);
  wireFileTools(api, ids);
  window.CoCreationDiagrams.current = api;
  return api;
}

/** Marks the server's problems (a JSON list in a hidden field) on their elements. */
function showServerProblems(fieldId) {
  const field = document.getElementById(fieldId);
  const api = window.CoCreationDiagrams.current;
  if (field && api && api.showProblems) {
    api.showProblems(field.value ? JSON.parse(field.value) : []);
  }
}

window.CoCreationDiagrams = Object.assign(window.CoCreationDiagrams || {},
  { processModeler, attachProcessModeler, showServerProblems });
