/**
 * The embedded Camunda 7 process engine: its start-up on the container's datasource and JTA
 * transactions, the deployment of the models of {@code bpmn/}, and its password hashing.
 */
package com.cocreation5r.engine;
