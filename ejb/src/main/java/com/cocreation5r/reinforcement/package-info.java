/**
 * Stage ③ Reinforcement, the middle-level infrastructure that turns partners' vague ideas into
 * concrete proposals: the community manager's toolkit guide, the feasibility rules that warn early
 * about what cannot be done, the cohort's collaborative refinement (comments, kept revisions,
 * votes), the showcase of exemplary ideas and the partners' support requests.
 */
package com.cocreation5r.reinforcement;
