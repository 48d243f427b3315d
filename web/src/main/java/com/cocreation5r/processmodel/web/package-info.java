/**
 * The process owners' pages: the catalogue of process and decision versions with import, export
 * and roll-back, the in-browser modeler, the migration of running instances, and the task forms
 * of the change request (review with a visual diff, revision).
 */
package com.cocreation5r.processmodel.web;
