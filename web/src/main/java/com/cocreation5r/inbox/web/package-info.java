/**
 * The inbox pages: the lazily paged task list, claiming and giving back tasks, and the task page
 * that shows the form a task's form key names.
 */
package com.cocreation5r.inbox.web;
