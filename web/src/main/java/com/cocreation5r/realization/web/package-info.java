/** The Realization task forms (triage, evaluation, hand-over, implementation, explanation, acknowledgment) and the executives' direct channel. */
package com.cocreation5r.realization.web;
