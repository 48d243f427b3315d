package com.cocreation5r.history;

import jakarta.ejb.ApplicationException;

/** No process instance with this id in the history, or none the caller may read: not told apart. */
@ApplicationException(rollback = true)
public class InstanceNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InstanceNotFound(String instanceId) {
        super("No process instance " + instanceId + " in the history for this user");
    }
}
