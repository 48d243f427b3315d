/**
 * The names the BPMN models share with the code that runs them.
 *
 * <p>Activity ids, process variable names, decision values, form keys and delegate bean
 * names appear as strings in the models under {@code models/}. The process delegates (CDI beans
 * in the EJB module), the task forms (web module) and the process tests refer to those strings
 * only through the constants in this package, so renaming something in a model breaks the
 * compilation or a test instead of a running process.
 */
package com.cocreation5r.process;
