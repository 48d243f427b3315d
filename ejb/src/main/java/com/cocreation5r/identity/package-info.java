/**
 * Who is who: the groups of the 5R roles, their engine authorizations, and the signed-in caller
 * as the engine sees it.
 */
package com.cocreation5r.identity;
