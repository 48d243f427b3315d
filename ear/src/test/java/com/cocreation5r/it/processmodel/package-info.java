/** Integration tests of the process owners' change requests, roll-backs, migrations and the REST API. */
package com.cocreation5r.it.processmodel;
