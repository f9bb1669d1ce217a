package org.restauth.core.token;

/** ISSUED by auth.createToken; APPROVED once a person has logged in and allowed the application. */
public enum TokenState {
    ISSUED,
    APPROVED
}
