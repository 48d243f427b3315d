/**
 * What every page shares: the signed-in user, the language they chose, localized feedback for
 * the refusals and rule violations the services report, and date formatting in the view's locale.
 */
package com.cocreation5r.web;
