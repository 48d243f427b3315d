/**
 * ① Recruiting: the open call, the two-stage selection (written application, then interview)
 * and the committee's choice of a small, varied cohort.
 */
package com.cocreation5r.recruiting;
