/** Demo users and campaigns for the embedded default database. */
package com.cocreation5r.demo;
