package org.draftline.api.integrity;

/** The public half of the key that signs chain heads. Answers a {@link SigningKey}. */
public record FindSigningKey() {
}
