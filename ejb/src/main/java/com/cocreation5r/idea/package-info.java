/**
 * A partner's idea, the unit of work from ③ Reinforcement (drafted, refined, submitted) through
 * ④ Realization (triaged, evaluated, accepted or explained and archived) to ⑤ Retention (what
 * became of it). Every change to its content is kept as a revision.
 */
package com.cocreation5r.idea;
