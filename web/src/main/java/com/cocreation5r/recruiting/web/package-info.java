/**
 * The Recruiting task forms: screening a written application, holding the selection interview,
 * and the committee's choice of the cohort. One backing bean per use case.
 */
package com.cocreation5r.recruiting.web;
