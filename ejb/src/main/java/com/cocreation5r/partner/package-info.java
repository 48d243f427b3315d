/** The standing partner pool: the creative customers selected into a cohort. */
package com.cocreation5r.partner;
