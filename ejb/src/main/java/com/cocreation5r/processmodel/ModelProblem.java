package com.cocreation5r.processmodel;

import java.io.Serializable;

/**
 * One reason a model is refused: the rule, the id of the element that breaks it (null when it is
 * the file as a whole), and a message for the process owner.
 */
public record ModelProblem(ModelRule rule, String elementId, String message) implements Serializable {

    @Override
    public String toString() {
        return (elementId == null ? "" : "Element '" + elementId + "': ") + rule + " - " + message;
    }
}
