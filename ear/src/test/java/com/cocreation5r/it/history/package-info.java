/** Integration tests of the auditors' history views: search, timeline, measures, exports, retention. */
package com.cocreation5r.it.history;
