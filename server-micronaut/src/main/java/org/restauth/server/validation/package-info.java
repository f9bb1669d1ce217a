/**
 * Constraints that jakarta validation lacks, used by the settings classes of every part (a minimum
 * {@code Duration}); a leaf that any part may use.
 */
package org.restauth.server.validation;
