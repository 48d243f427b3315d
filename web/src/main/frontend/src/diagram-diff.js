// Compares two BPMN documents element by element: added, removed and changed ids, where
// "changed" means any attribute or extension of the element itself differs (not its position).
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const IGNORED = new Set(['$parent', 'di', 'incoming', 'outgoing', 'flowElements', 'laneSets',
  'artifacts', 'rootElements', 'diagrams', 'sourceRef', 'targetRef', 'attachedToRef', 'default']);

async function elementsById(xml) {
  const byId = new Map();
  if (!xml) {
    return byId;
  }
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const { rootElement } = await moddle.fromXML(xml);
  const visit = (element) => {
    if (!element || typeof element !== 'object' || !element.$type) {
      return;
    }
    if (element.id && (element.$instanceOf('bpmn:FlowElement') || element.$instanceOf('bpmn:Process')
        || element.$instanceOf('bpmn:Participant') || element.$instanceOf('bpmn:Lane'))) {
      byId.set(element.id, element);
    }
    for (const key of Object.keys(element)) {
      if (key.startsWith('$') || key === 'di') {
        continue;
      }
      const value = element[key];
      if (Array.isArray(value)) {
        value.forEach(visit);
      } else if (value && typeof value === 'object' && value.$type && key !== '$parent') {
        visit(value);
      }
    }
  };
  visit(rootElement);
  return byId;
}

/** A canonical text of an element's own content, references by id, children by content. */
function signature(element) {
  const seen = new Set();
  const canon = (value, depth) => {
    if (value === null || value === undefined) {
      return null;
    }
    if (typeof value !== 'object') {
      return value;
    }
    if (Array.isArray(value)) {
      return value.map((each) => canon(each, depth + 1));
    }
    if (seen.has(value) || depth > 8) {
      return value.id || null;
    }
    seen.add(value);
    const out = { $type: value.$type };
    for (const key of Object.keys(value).sort()) {
      if (key.startsWith('$') && key !== '$body' && key !== '$attrs') {
        continue;
      }
      if (IGNORED.has(key)) {
        continue;
      }
      const child = value[key];
      if (child && typeof child === 'object' && !Array.isArray(child) && child.id && depth > 0
          && child.$instanceOf && child.$instanceOf('bpmn:FlowElement')) {
        out[key] = child.id;
      } else {
        out[key] = canon(child, depth + 1);
      }
    }
    return out;
  };
  const own = canon(element, 0);
  if (element.sourceRef) {
    own.sourceRef = element.sourceRef.id;
  }
  if (element.targetRef) {
    own.targetRef = element.targetRef.id;
  }
  if (element.attachedToRef) {
    own.attachedToRef = element.attachedToRef.id;
  }
  delete own.flowElements;
  return JSON.stringify(own);
}

export async function elementChanges(baseXml, proposedXml) {
  const base = await elementsById(baseXml);
  const proposed = await elementsById(proposedXml);
  const changes = [];
  for (const [id, element] of proposed) {
    if (!base.has(id)) {
      changes.push({ id, kind: 'added', type: element.$type, name: element.name || '' });
    } else if (signature(base.get(id)) !== signature(element)) {
      changes.push({ id, kind: 'changed', type: element.$type, name: element.name || '' });
    }
  }
  for (const [id, element] of base) {
    if (!proposed.has(id)) {
      changes.push({ id, kind: 'removed', type: element.$type, name: element.name || '' });
    }
  }
  return changes;
}
