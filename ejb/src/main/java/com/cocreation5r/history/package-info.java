/**
 * Process history for auditors: searching the engine's history of every stage, one instance's
 * timeline (activities, tasks, variable changes, comments, decisions, incidents, the engine's
 * operation log, called processes) and how long history is kept. Read-only: every query runs as
 * the signed-in auditor under the engine's authorizations ({@code READ_HISTORY}), and reading an
 * instance's details is itself recorded in the audit trail.
 */
package com.cocreation5r.history;
