/** The Retention pages: the survey, follow-up and check-in forms, a partner's own page, and the partner pool. */
package com.cocreation5r.retention.web;
