package org.draftline.api.delegation;

/** What sort of party a {@link Delegation} is: a UN member state, a non-member observer state, or a negotiating group. */
public enum DelegationKind { MEMBER_STATE, OBSERVER_STATE, GROUP }
