/**
 * Stage ⑤ Retention: what a partner's contribution earned them (honours decided by the
 * {@code partnerHonours} decision), what became of their ideas, how satisfied they were and the
 * program manager's follow-up, mentors for newcomers, periodic check-ins with the pool, and
 * partners leaving the pool.
 */
package com.cocreation5r.retention;
