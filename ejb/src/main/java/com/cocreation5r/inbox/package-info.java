/** The task inbox: listing, claiming and giving back tasks, and how forms reach their task. */
package com.cocreation5r.inbox;
