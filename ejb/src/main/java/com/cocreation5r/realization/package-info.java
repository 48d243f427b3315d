/**
 * Stage ④ Realization, one process instance per idea: triage by mid-level managers (assigned
 * round-robin with a cap, escalated when overdue), the executive direct channel and fast-track,
 * the hand-over to the execution department and the implementation, the one-to-one explanation of
 * a rejection with the partner's acknowledgment, and the archive from which ideas are reopened.
 * The evaluation itself lives in {@code com.cocreation5r.evaluation}.
 */
package com.cocreation5r.realization;
