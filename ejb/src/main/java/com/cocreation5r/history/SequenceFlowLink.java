package com.cocreation5r.history;

/**
 * A sequence flow of the model, by the elements it joins.
 *
 * @param joining whether its target waits for several incoming flows at once (a parallel or
 *        inclusive gateway with more than one incoming flow)
 */
record SequenceFlowLink(String flowId, String sourceId, String targetId, boolean joining) {
}
