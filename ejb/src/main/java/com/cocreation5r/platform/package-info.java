/** Small technical services the domain depends on, such as the clock. */
package com.cocreation5r.platform;
