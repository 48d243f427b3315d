/** Messages owed to candidates and partners, recorded in an outbox. */
package com.cocreation5r.notification;
