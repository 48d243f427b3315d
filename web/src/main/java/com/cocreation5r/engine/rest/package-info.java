/**
 * The standard Camunda REST API under {@code /engine-rest}, for the desktop Camunda Modeler and
 * other tools: authenticated by HTTP Basic against the application's security realm, authorized
 * by the engine's authorizations as the signed-in user, and with deployments turned into
 * four-eyes change requests after the same model checks as the modeler and the upload.
 */
package com.cocreation5r.engine.rest;
