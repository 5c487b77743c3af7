package org.draftline.query.progress;

/** A read model whose progress reads wait for; its name is its processing group. */
public interface Projection {

    String name();
}
