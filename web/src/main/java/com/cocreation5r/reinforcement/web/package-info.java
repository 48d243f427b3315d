/**
 * The Reinforcement screens: the community manager's toolkit form, the partners' drafting form
 * with the feasibility warnings, the support request form, and the idea pages (own ideas, the
 * cohort's ideas in refinement, one idea with its revisions and comments, the showcase).
 */
package com.cocreation5r.reinforcement.web;
