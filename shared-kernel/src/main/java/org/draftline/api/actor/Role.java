package org.draftline.api.actor;

/** What an account may be: the rules of the negotiation decide what each may do. */
public enum Role {
    SECRETARIAT,
    DELEGATE,
    OBSERVER,
    /** Draftline itself, acting on a deadline it had scheduled. */
    SYSTEM
}
