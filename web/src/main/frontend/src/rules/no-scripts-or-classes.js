// Scripts and Java class references run code the review cannot vouch for; the server refuses them.
const SCRIPT_TYPES = ['bpmn:ScriptTask', 'camunda:Script'];

export default function noScriptsOrClasses() {
  function check(node, reporter) {
    if (SCRIPT_TYPES.some((type) => node.$instanceOf && node.$instanceOf(type))) {
      reporter.report(node.id || (node.$parent && node.$parent.id), 'Scripts are not allowed');
    }
    if (node.class) {
      reporter.report(node.id || '', 'Java class references are not allowed: use a delegate expression');
    }
  }
  return { check };
}
