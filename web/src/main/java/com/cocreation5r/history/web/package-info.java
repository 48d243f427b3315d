/**
 * The auditors' history pages: search the process history, one instance's timeline with its
 * exports, the program's measures with their charts and exports, and history retention.
 */
package com.cocreation5r.history.web;
