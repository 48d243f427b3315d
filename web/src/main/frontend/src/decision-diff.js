// Compares two DMN documents rule by rule, for the review of a change to a decision: a rule is
// added, removed or changed (any of its input or output entries, or its annotation), and a
// decision is changed when its columns or hit policy differ. Both tables are drawn as plain HTML
// with the changed rows marked, so a reviewer reads what the engine will evaluate.

const DMN_NAMESPACE = /spec\/DMN\//;

/** Whether the document is a DMN model rather than BPMN. */
export function isDecisionModel(xml) {
  return !!xml && DMN_NAMESPACE.test(xml.slice(0, 2000));
}

function children(element, name) {
  return Array.from(element.children).filter((child) => child.localName === name);
}

function text(element) {
  const body = element && children(element, 'text')[0];
  return body ? body.textContent.trim() : '';
}

/** The decision tables of a document: columns, hit policy and rules with their cells. */
export function decisionTables(xml) {
  if (!xml) {
    return [];
  }
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from(document.getElementsByTagNameNS('*', 'decision')).map((decision) => {
    const table = children(decision, 'decisionTable')[0];
    if (!table) {
      return { id: decision.getAttribute('id'), name: decision.getAttribute('name') || '', columns: [], rules: [],
        hitPolicy: '' };
    }
    const inputs = children(table, 'input').map((input) => input.getAttribute('label')
      || text(children(input, 'inputExpression')[0]));
    const outputs = children(table, 'output').map((output) => output.getAttribute('label')
      || output.getAttribute('name') || '');
    const rules = children(table, 'rule').map((rule, index) => {
      const inputCells = children(rule, 'inputEntry').map(text);
      const outputCells = children(rule, 'outputEntry').map(text);
      const annotation = children(rule, 'description')[0];
      const description = annotation ? annotation.textContent.trim() : '';
      return { id: rule.getAttribute('id') || 'rule-' + (index + 1), number: index + 1, inputCells, outputCells,
        description };
    });
    return { id: decision.getAttribute('id'), name: decision.getAttribute('name') || '',
      hitPolicy: table.getAttribute('hitPolicy') || 'UNIQUE', inputs, outputs, columns: [...inputs, ...outputs],
      rules };
  });
}

function ruleSignature(rule) {
  return JSON.stringify([rule.inputCells, rule.outputCells, rule.description]);
}

function ruleName(rule) {
  return rule.description || rule.outputCells.filter((cell) => cell).join(' / ') || '#' + rule.number;
}

/** Added, removed and changed rules and decisions, as { id, kind, type, name }. */
export function decisionChanges(baseXml, proposedXml) {
  const base = new Map(decisionTables(baseXml).map((decision) => [decision.id, decision]));
  const proposed = new Map(decisionTables(proposedXml).map((decision) => [decision.id, decision]));
  const changes = [];
  for (const [id, decision] of proposed) {
    const before = base.get(id);
    if (!before) {
      changes.push({ id, kind: 'added', type: 'Decision', name: decision.name });
      continue;
    }
    if (JSON.stringify([before.columns, before.hitPolicy]) !== JSON.stringify([decision.columns, decision.hitPolicy])) {
      changes.push({ id, kind: 'changed', type: 'Decision', name: decision.name });
    }
    const beforeRules = new Map(before.rules.map((rule) => [rule.id, rule]));
    const rules = new Map(decision.rules.map((rule) => [rule.id, rule]));
    for (const [ruleId, rule] of rules) {
      if (!beforeRules.has(ruleId)) {
        changes.push({ id: ruleId, kind: 'added', type: 'DecisionRule', name: ruleName(rule) });
      } else if (ruleSignature(beforeRules.get(ruleId)) !== ruleSignature(rule)) {
        changes.push({ id: ruleId, kind: 'changed', type: 'DecisionRule', name: ruleName(rule) });
      }
    }
    for (const [ruleId, rule] of beforeRules) {
      if (!rules.has(ruleId)) {
        changes.push({ id: ruleId, kind: 'removed', type: 'DecisionRule', name: ruleName(rule) });
      }
    }
  }
  for (const [id, decision] of base) {
    if (!proposed.has(id)) {
      changes.push({ id, kind: 'removed', type: 'Decision', name: decision.name });
    }
  }
  return changes;
}

function cell(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) {
    element.className = className;
  }
  return element;
}

/**
 * Draws the decision tables of `xml` into `container`, each rule row marked with the kind of its
 * change (`marks`: id to kind) and labelled with `labels[kind]`.
 */
export function showDecisionTables(container, xml, marks, labels) {
  container.replaceChildren();
  for (const decision of decisionTables(xml)) {
    const table = document.createElement('table');
    table.className = 'decision-table-diff' + (marks.has(decision.id) ? ' diff-' + marks.get(decision.id) : '');
    table.dataset.decision = decision.id;
    table.appendChild(cell('caption', decision.name + ' (' + decision.hitPolicy + ')'));
    const head = document.createElement('tr');
    head.appendChild(cell('th', '#'));
    decision.inputs.forEach((label) => head.appendChild(cell('th', label, 'decision-input')));
    decision.outputs.forEach((label) => head.appendChild(cell('th', label, 'decision-output')));
    head.appendChild(cell('th', ''));
    table.appendChild(head);
    for (const rule of decision.rules) {
      const row = document.createElement('tr');
      row.dataset.rule = rule.id;
      const kind = marks.get(rule.id);
      if (kind) {
        row.className = 'diff-' + kind;
      }
      row.appendChild(cell('td', String(rule.number)));
      rule.inputCells.forEach((entry) => row.appendChild(cell('td', entry || '-', 'decision-input')));
      rule.outputCells.forEach((entry) => row.appendChild(cell('td', entry, 'decision-output')));
      row.appendChild(cell('td', kind ? ((labels && labels[kind]) || kind) : '', 'diagram-note'));
      table.appendChild(row);
    }
    container.appendChild(table);
  }
}
