package com.cocreation5r.inbox.web;

import com.cocreation5r.inbox.InboxTask;

/**
 * The backing bean of a task form: the task page finds the one for the task's form key, lets it
 * load what it shows, and includes its Facelets fragment. New task forms plug in by implementing
 * this; the task page does not know the use cases.
 */
public interface TaskForm {

    /** The {@code camunda:formKey} of the tasks this form completes, e.g. {@code app:screen-application}. */
    String formKey();

    /** The Facelets fragment under {@code /WEB-INF/forms/}. */
    String page();

    /** Loads what the form shows for {@code task}; reports failures as Faces messages. */
    void load(InboxTask task);
}
