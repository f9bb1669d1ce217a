/** The health endpoint's view of this node: is its store reachable? */
package org.restauth.server.health;
