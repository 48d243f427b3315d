/**
 * Browser tests: the pages driven through headless Chromium against the managed WildFly, the way
 * users work with them. They rely on the demo users and campaign of the embedded H2 server.
 */
package com.cocreation5r.it.browser;
