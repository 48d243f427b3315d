/**
 * The measures that show whether the 5R program works (domain brief, "Across the stages"):
 * decisions within their deadline, rejections explained one to one, acceptance rate, time to
 * triage, ideas per partner and partner re-participation. Computed from the engine's history of
 * ④ Realization (task due dates against end times, by task definition key) and from the ideas and
 * cohorts in the application's tables.
 */
package com.cocreation5r.measure;
