// The editor's lint rules: bpmnlint's correctness rules plus the product's own rule that flags
// what the server refuses (scripts, Java classes), so owners see it on the element before saving.
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import labelRequired from 'bpmnlint/rules/label-required';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noScriptsOrClasses from './rules/no-scripts-or-classes.js';

const rules = {
  'end-event-required': endEventRequired,
  'start-event-required': startEventRequired,
  'no-disconnected': noDisconnected,
  'no-implicit-split': noImplicitSplit,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'label-required': labelRequired,
  'conditional-flows': conditionalFlows,
  'single-blank-start-event': singleBlankStartEvent,
  'no-bpmndi': noBpmndi
};

// bpmnlint looks a plugin's rule "cocreation/x" up as package "bpmnlint-plugin-cocreation"
const cache = { 'rule:bpmnlint-plugin-cocreation/no-scripts-or-classes': noScriptsOrClasses };
const config = { rules: { 'cocreation/no-scripts-or-classes': 'error' } };
for (const [name, rule] of Object.entries(rules)) {
  cache['rule:bpmnlint/' + name] = rule;
  config.rules[name] = name === 'label-required' ? 'warn' : 'error';
}

export default { config, resolver: new StaticResolver(cache) };
