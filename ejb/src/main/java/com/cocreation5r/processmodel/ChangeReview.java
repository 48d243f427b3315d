package com.cocreation5r.processmodel;

import java.io.Serializable;

/**
 * What a reviewer compares: the model deployed now under the change's key (null for a model new
 * to the engine) and the proposed model, both as XML with their diagram layout.
 */
public record ChangeReview(ProcessChangeView change, String deployedXml, String proposedXml,
        boolean proposedByCaller) implements Serializable {
}
