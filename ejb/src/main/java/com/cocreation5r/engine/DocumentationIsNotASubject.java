package com.cocreation5r.engine;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Keeps a user task's documentation in the model. The engine would copy it into every task's
 * description, which the inbox shows as the task's subject: text written for process owners, in
 * English only, would reach every inbox, partners' included. Subjects come from the models' own
 * task listeners instead (the candidate's name, the idea's title).
 */
public class DocumentationIsNotASubject extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .setDescriptionExpression(null);
    }
}
