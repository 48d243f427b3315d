/** The task forms of stage ② R&amp;R: drafting the mission, legal's review, a partner's consent. */
package com.cocreation5r.mission.web;
