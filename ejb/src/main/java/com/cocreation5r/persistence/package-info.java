/** Schema migrations of the application's own tables. */
package com.cocreation5r.persistence;
