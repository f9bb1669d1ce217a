/** Building blocks of the in-memory store implementations. */
package org.restauth.core.memory;
